package io.alembic.sample;

import io.alembic.sample.Regions.Region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Consumer networks of the varied scenarios: in every region a few big fixed-line ISPs and a mobile carrier that
 * most people use, and a long tail of small regional ISPs and cable co-operatives (32-bit private ASNs) that few
 * people use — the tail is what a residential proxy pool spreads its exits over. The catalogue is the same for every
 * bundle (its own fixed seed), so an ISP keeps its name, ASN and addresses across seeds.
 *
 * <p>Addresses: IPv4 from 100.64.0.0/10 in units of a /22, IPv6 from 2001:db8::/32 with one /48 per network.
 * Mobile carriers and some fixed-line ISPs put subscribers behind carrier-grade NAT: a small shared pool, so unrelated
 * people now and then appear on the same address. Dual-stack households also send over IPv6, whose interface part
 * changes every day (temporary addresses).
 */
final class Isps {
    private Isps() {}

    record Isp(long asn, String name, Region region, boolean mobile, boolean cgnat, int firstUnit, int units,
               int v6Block, double weight) {
        boolean dualStack() { return v6Block >= 0; }
    }

    static final List<Isp> ALL;
    private static final int UNITS = 4096;
    /** ALL split by region, in catalogue order, built once (lookups run per request). */
    private static final java.util.Map<Region, List<Isp>> BY_REGION = new java.util.HashMap<>();

    private static final String[][] BIG = {
            // region, fixed-line ISPs (name:asn), mobile carrier (name:asn). The first entry of some regions is the
            // ISP the classic scenarios already use, with the same name and ASN.
            {"US-E", "Northwind Broadband:64601", "Atlantic Cable Systems:64603", "Liberty Wireless:64604"},
            {"US-C", "Prairie Fiber:64605", "Heartland Telecom:64606", "Summit Mobile:64607"},
            {"US-W", "Lakeside Cable:64602", "Sierra Broadband:64608", "Liberty Wireless West:64609"},
            {"CA", "Maple Fibre:64610", "Boreal Communications:64611", "Northern Cellular:64612"},
            {"MX", "Telecable del Valle:64613", "Red Meridiana:64615", "Celular del Norte:64614"},
            {"BR", "Samba Telecom:64700", "Rede Paulista:64701", "Vivaz Movel:64702"},
            {"AR", "Pampas Net:64670", "Cable Rioplatense:64672", "Austral Celular:64671"},
            {"GB", "Albion Telecom:64620", "Thames Fibre:64621", "Britannia Mobile:64622"},
            {"DE", "Spreekabel:64631", "Alpenfunk DSL:64632", "Rheinnetz Mobil:64630"},
            {"FR", "Ile Telecom:64690", "Loire Fibre:64691", "Azur Mobile:64692"},
            {"ES", "Iberia Fibra:64720", "Cantabria Cable:64722", "Meseta Movil:64721"},
            {"IT", "Tirreno Telecom:64725", "Padana Fibra:64727", "Dolomiti Mobile:64726"},
            {"NL", "Polder Glasvezel:64730", "Zuiderzee Kabel:64732", "Delta Mobiel:64731"},
            {"PL", "Wisla Net:64735", "Mazury Kabel:64737", "Baltyk GSM:64736"},
            {"TR", "Bosphorus Telekom:64740", "Ege Kablo:64742", "Anadolu Mobil:64741"},
            {"EG", "Nile Data:64745", "Sinai Broadband:64747", "Pharos Mobile:64746"},
            {"NG", "Lagoon Broadband:64750", "Savannah Fibre:64752", "Niger Cellular:64751"},
            {"IN", "Deccan Fibernet:64651", "Indus Broadband:64652", "Ganges Mobile:64650"},
            {"SG", "Lion City Broadband:64660", "Straits Fibre:64662", "Merlion Mobile:64661"},
            {"ID", "Nusantara Net:64755", "Java Kabel:64757", "Garuda Seluler:64756"},
            {"VN", "Mekong Telecom:64760", "Hanoi Cap Quang:64762", "Saigon Mobile:64761"},
            {"PH", "Luzon Broadband:64765", "Mindanao Cable:64767", "Visayas Wireless:64766"},
            {"HK", "Victoria Harbour Broadband:64770", "Lantau Fibre:64772", "Kowloon Mobile:64771"},
            {"TW", "Formosa Fiber:64775", "Tamsui Cable:64777", "Taipei Mobile:64776"},
            {"KR", "Han River Telecom:64780", "Busan Cable:64782", "Hanbit Mobile:64781"},
            {"JP", "Sakura Hikari:64640", "Kanto Cable:64641", "Fuji Mobile:64642"},
            {"AU", "Kangaroo Broadband:64710", "Coral Sea Internet:64711", "Outback Mobile:64712"}};

    /** Where fixed-line broadband itself sits behind carrier-grade NAT for many subscribers. */
    private static final Set<String> CGNAT_FIXED = Set.of("IN", "BR", "NG", "ID", "PH", "VN", "EG", "TR", "MX");

    private static final String[] ROOTS = {"Cedar", "Riverside", "Hillcrest", "Oakmont", "Bayview", "Pinecrest",
            "Stonebridge", "Fairview", "Lakeshore", "Brookfield", "Westgate", "Northfield", "Silverline", "Bluewater",
            "Redrock", "Greenway", "Highland", "Valley", "Coastal", "Metro", "Civic", "Granite", "Willow", "Aspen",
            "Falcon", "Harbor", "Prairie", "Canyon", "Meadow", "Ridge", "Clearwater", "Ironwood", "Juniper", "Kestrel",
            "Lowland", "Marsh", "Orchard", "Quarry", "Sandhill", "Timber"};
    private static final String[] SUFFIXES = {"Broadband", "Fiber", "Cable", "Telecom", "Net", "Internet", "Wireless",
            "Communications", "Telephone Cooperative", "Online", "Networks", "Connect", "DSL", "Link"};

    static {
        List<Isp> all = new ArrayList<>();
        SplittableRandom world = new SplittableRandom(0x15B5_2026L); // the world, not the bundle: fixed
        int unit = 0, v6 = 0x0100;
        long tailAsn = 4_200_000_000L;
        Set<String> names = new HashSet<>();
        for (String[] row : BIG) {
            Region g = Regions.byCode(row[0]);
            for (int i = 1; i < row.length; i++) {
                String[] na = row[i].split(":");
                boolean mobile = i == row.length - 1;
                int units = mobile ? 4 : 12 + (int) Math.round(g.people() * 300);
                double weight = mobile ? 0.3 : (i == 1 ? 0.32 : 0.2);
                boolean dual = mobile || world.nextDouble() < 0.5;
                all.add(new Isp(Long.parseLong(na[1]), na[0], g, mobile, mobile || CGNAT_FIXED.contains(g.code()), unit,
                        units, dual ? v6++ : -1, weight));
                names.add(na[0]);
                unit += units;
            }
            int tail = Math.max(3, (int) Math.round(g.people() * 500));
            for (int t = 0; t < tail; t++) {
                String name;
                do {
                    name = ROOTS[world.nextInt(ROOTS.length)] + (world.nextBoolean() ? " " + ROOTS[world.nextInt(ROOTS.length)] : "")
                            + " " + SUFFIXES[world.nextInt(SUFFIXES.length)];
                } while (!names.add(name));
                all.add(new Isp(tailAsn++, name, g, false, false, unit, 1, world.nextDouble() < 0.3 ? v6++ : -1,
                        0.18 / tail));
                unit += 1;
            }
        }
        if (unit > UNITS) throw new IllegalStateException("consumer address plan overflows 100.64.0.0/10: " + unit);
        ALL = Collections.unmodifiableList(all);
        for (Isp i : ALL) BY_REGION.computeIfAbsent(i.region(), g -> new ArrayList<>()).add(i);
    }

    /** A household's ISP in that region, by market share (the big ones most of the time). */
    static Isp fixedLine(Region g, SplittableRandom r) {
        return weighted(g, false, r);
    }

    static Isp mobile(Region g, SplittableRandom r) {
        return weighted(g, true, r);
    }

    /** Any consumer network of the region, each equally likely: the spread of a proxy pool's exits. */
    static Isp anyOf(Region g, SplittableRandom r) {
        List<Isp> l = inRegion(g);
        return l.get(r.nextInt(l.size()));
    }

    static List<Isp> inRegion(Region g) {
        return BY_REGION.getOrDefault(g, List.of());
    }

    private static Isp weighted(Region g, boolean mobile, SplittableRandom r) {
        List<Isp> l = inRegion(g);
        double total = 0;
        for (Isp i : l) if (i.mobile() == mobile) total += i.weight();
        double x = r.nextDouble() * total;
        Isp last = null;
        for (Isp i : l) {
            if (i.mobile() != mobile) continue;
            last = i;
            if ((x -= i.weight()) < 0) return i;
        }
        return last;
    }

    /** A subscriber's own (stable) address, or for carrier-grade NAT one address of the shared pool. */
    static String ipv4(Isp isp, SplittableRandom r) {
        int units = isp.cgnat() ? Math.min(isp.units(), isp.mobile() ? 4 : 1) : isp.units();
        int u = isp.firstUnit() + r.nextInt(units);
        return "100." + (64 + u / 64) + "." + ((u % 64) * 4 + r.nextInt(4)) + "." + (1 + r.nextInt(254));
    }

    /** A household's delegated IPv6 prefix (stable for the month): 2001:db8:NETWORK:SUBNET. */
    static String v6Prefix(Isp isp, SplittableRandom r) {
        return "2001:db8:" + Integer.toHexString(isp.v6Block()) + ":" + Integer.toHexString(1 + r.nextInt(0xFFFF));
    }

    /** A temporary address under a prefix: the interface part changes daily on phones and laptops. */
    static String v6Address(String prefix, SplittableRandom r) {
        return prefix + ":" + Integer.toHexString(1 + r.nextInt(0xFFFF)) + ":" + Integer.toHexString(1 + r.nextInt(0xFFFF))
                + ":" + Integer.toHexString(1 + r.nextInt(0xFFFF)) + ":" + Integer.toHexString(1 + r.nextInt(0xFFFF));
    }
}
