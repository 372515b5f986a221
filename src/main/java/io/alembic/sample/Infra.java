package io.alembic.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Non-consumer networks of the varied scenarios: the clouds (the classic scenarios' eight hosting networks, with the
 * same ASNs, names and IPv4 blocks, plus an IPv6 /48 each), how popular each is with ordinary apps, the addresses of
 * their shared serverless egress, consumer VPN exits, a security-cloud egress that many companies share, third-party
 * routers with several egress addresses, and university networks.
 */
final class Infra {
    private Infra() {}

    /** Share of ordinary apps on each of Network.HOSTING, in its order: a few big clouds carry most of them. */
    private static final double[] CLOUD_SHARE = {0.10, 0.34, 0.07, 0.06, 0.11, 0.08, 0.04, 0.20};

    static Network.Isp cloud(SplittableRandom r) {
        double x = r.nextDouble();
        for (int i = 0; i < CLOUD_SHARE.length; i++) if ((x -= CLOUD_SHARE[i]) < 0) return Network.HOSTING.get(i);
        return Network.HOSTING.get(1);
    }

    /** A VM or container host's own IPv4 in the cloud's block (the classic scenarios' address shape). */
    static String cloudIpv4(Network.Isp cloud, SplittableRandom r) {
        return Network.hostingIp(cloud, r);
    }

    /** A VM's IPv6: 2001:db8:c0NN:SUBNET::HOST. */
    static String cloudIpv6(Network.Isp cloud, SplittableRandom r) {
        return "2001:db8:c0" + Integer.toHexString(0x10 + cloud.block()) + ":" + Integer.toHexString(1 + r.nextInt(0xFFF))
                + "::" + Integer.toHexString(1 + r.nextInt(0xFFFF));
    }

    /**
     * The cloud's shared serverless egress: functions of unrelated tenants leave from the same few dozen addresses
     * (the last /24 of the cloud's IPv4 block).
     */
    static String serverlessEgress(Network.Isp cloud, SplittableRandom r) {
        return "198." + (18 + (cloud.block() & 1)) + "." + ((cloud.block() >> 1) * 60 + 59) + "." + (200 + r.nextInt(40));
    }

    record Exit(String ip, long asn, String name, String country) {}

    private static final String[][] VPNS = {{"Veilpoint Networks", "64950"}, {"Quietroute VPN", "64951"},
            {"Harborlight Privacy", "64952"}};
    private static final String[] VPN_COUNTRIES = {"US", "US", "US", "GB", "DE", "NL", "NL", "SE", "CH", "CA", "JP",
            "SG", "AU", "FR", "ES", "BR"};

    /**
     * A consumer VPN exit: the provider's ASN, a server in some country. Exits are few and shared by every user
     * connected to that server (198.18.240.0/20 and 198.19.240.0/20).
     */
    static Exit vpnExit(SplittableRandom r) {
        int p = r.nextInt(VPNS.length);
        int node = r.nextInt(48);
        String country = VPN_COUNTRIES[(node * 7 + p * 3) % VPN_COUNTRIES.length];
        String ip = "198." + (18 + (p & 1)) + "." + (240 + p * 5 + node % 5) + "." + (10 + node * 4 + r.nextInt(4));
        return new Exit(ip, Long.parseLong(VPNS[p][1]), VPNS[p][0], country);
    }

    /** A security cloud many companies route their staff's web traffic through (198.51.100.0/24). */
    static Exit securityEgress(String country, SplittableRandom r) {
        return new Exit("198.51.100." + (1 + r.nextInt(250)), 64960, "Perimeter Edge Security", country);
    }

    /** Third-party routers; the first two are the classic scenarios' routers (single egress address). */
    record Gateway(Network.Router router, String[] egress) {}

    static final List<Gateway> GATEWAYS = List.of(
            new Gateway(Network.ROUTERS.get(0), new String[]{Network.ROUTERS.get(0).ip()}),
            new Gateway(Network.ROUTERS.get(1), new String[]{Network.ROUTERS.get(1).ip()}),
            new Gateway(new Network.Router("lattice-gw.example.com", "203.0.113.140", 64512, "Lattice Gateway Ltd", "GB"),
                    new String[]{"203.0.113.140", "203.0.113.141", "203.0.113.142", "203.0.113.143"}),
            new Gateway(new Network.Router("switchyard.example.io", "203.0.113.200", 64513, "Switchyard AI Inc", "US"),
                    new String[]{"203.0.113.200", "203.0.113.201", "203.0.113.202"}),
            new Gateway(new Network.Router("multiplex.example.dev", "203.0.113.30", 64514, "Multiplex Labs", "SG"),
                    new String[]{"203.0.113.30", "203.0.113.31"}));

    /** Routers by popularity with ordinary customers. */
    static Gateway gateway(SplittableRandom r) {
        double x = r.nextDouble();
        return GATEWAYS.get(x < 0.38 ? 0 : x < 0.62 ? 2 : x < 0.80 ? 1 : x < 0.93 ? 3 : 4);
    }

    /** Universities: the classic scenarios' three, and more on IPv6 (campus networks are dual-stack). */
    record Campus(Network.Isp net, String domain, boolean v4) {}

    static final List<Campus> CAMPUSES = List.of(
            new Campus(Network.INSTITUTIONS.get(0), "eastbridge.edu.example", true),
            new Campus(Network.INSTITUTIONS.get(1), "kestrel-tech.ac.example", true),
            new Campus(Network.INSTITUTIONS.get(2), "uni-altstadt.example", true),
            new Campus(new Network.Isp(64803, "Westlake State University", "US", -480, 3), "westlake-state.edu.example", false),
            new Campus(new Network.Isp(64804, "Institut Polytechnique de Lumiere", "FR", 60, 4), "ipl-lumiere.example", false),
            new Campus(new Network.Isp(64805, "Kyushu Minami University", "JP", 540, 5), "kyushu-minami.ac.example", false),
            new Campus(new Network.Isp(64806, "Indian Institute of Data Science Pune", "IN", 330, 6), "iids-pune.ac.example", false),
            new Campus(new Network.Isp(64807, "National Tech University Singapore", "SG", 480, 7), "ntus.edu.example", false));

    static String campusIp(Campus c, SplittableRandom r) {
        if (c.v4() && r.nextDouble() < 0.7) return Network.institutionIp(c.net(), r);
        return "2001:db8:e0" + Integer.toHexString(0x10 + c.net().block()) + ":" + Integer.toHexString(1 + r.nextInt(0xFF))
                + "::" + Integer.toHexString(1 + r.nextInt(0xFFFF));
    }
}
