package io.alembic.sample;

import io.alembic.sample.Isps.Isp;
import io.alembic.sample.Regions.Region;

import java.util.SplittableRandom;

/**
 * Per-request sources for the varied scenarios. People move between home broadband, their phone's carrier and
 * sometimes a VPN; carriers and some ISPs hand out shared NAT addresses that change between sessions; IPv6 interface
 * addresses change daily. A request more than half an hour after the previous one starts a new session.
 */
final class Clients {
    private Clients() {}

    static final long SESSION_GAP_MS = 30 * 60_000L;

    /** A person at home (fixed line, maybe dual-stack) and on the phone (mobile carrier). */
    static final class Person implements ClientModel {
        private final Isp home, carrier;
        private final double phoneShare;
        private final String desktopAgent, phoneAgent;
        private String homeV4, homeV6;
        private final String phoneV6;
        private long lastMs = Long.MIN_VALUE;
        private long lastDay = Long.MIN_VALUE;
        private boolean onPhone;
        private String current;
        private Isp currentIsp;

        Person(Region g, double phoneShare, String desktopAgent, String phoneAgent, SplittableRandom r) {
            this.home = Isps.fixedLine(g, r);
            this.carrier = Isps.mobile(g, r);
            this.phoneShare = phoneShare;
            this.desktopAgent = desktopAgent;
            this.phoneAgent = phoneAgent;
            this.homeV4 = Isps.ipv4(home, r);
            this.homeV6 = home.dualStack() && r.nextDouble() < 0.6 ? Isps.v6Prefix(home, r) : null;
            this.phoneV6 = Isps.v6Prefix(carrier, r);
        }

        Isp home() { return home; }

        @Override
        public void apply(Draft d, long t, SplittableRandom r) {
            long day = Math.floorDiv(t, 86_400_000L);
            boolean newSession = current == null || t - lastMs > SESSION_GAP_MS;
            if (newSession) {
                onPhone = r.nextDouble() < phoneShare;
                if (!onPhone && r.nextDouble() < 0.01) homeV4 = Isps.ipv4(home, r); // the router re-leased
                if (onPhone) {
                    currentIsp = carrier;
                    current = r.nextDouble() < 0.55 ? Isps.v6Address(phoneV6, r) : Isps.ipv4(carrier, r);
                } else {
                    currentIsp = home;
                    boolean v6 = homeV6 != null && r.nextDouble() < 0.6;
                    current = v6 ? Isps.v6Address(homeV6, r) : home.cgnat() ? Isps.ipv4(home, r) : homeV4;
                }
            } else if (day != lastDay && current.contains(":")) {
                current = Isps.v6Address(onPhone ? phoneV6 : homeV6, r); // temporary address rotated at midnight
            }
            lastMs = t;
            lastDay = day;
            set(d, current, currentIsp);
            d.userAgent = onPhone ? phoneAgent : desktopAgent;
        }
    }

    /** A privacy-minded person: most sessions through a VPN exit (usually a favourite server), the rest from home. */
    static final class VpnUser implements ClientModel {
        private final Person person;
        private final Infra.Exit favourite;
        private final double vpnShare;
        private long lastMs = Long.MIN_VALUE;
        private Infra.Exit current;
        private boolean started;

        VpnUser(Person person, double vpnShare, SplittableRandom r) {
            this.person = person;
            this.vpnShare = vpnShare;
            this.favourite = Infra.vpnExit(r);
        }

        @Override
        public void apply(Draft d, long t, SplittableRandom r) {
            if (!started || t - lastMs > SESSION_GAP_MS) current = r.nextDouble() < vpnShare ? (r.nextDouble() < 0.6 ? favourite : Infra.vpnExit(r)) : null;
            lastMs = t;
            started = true;
            person.apply(d, t, r);
            if (current != null) {
                d.ip = current.ip();
                d.asn = current.asn();
                d.asOrg = current.name();
                d.country = current.country();
            }
        }
    }

    /** Staff behind a company's egress: a few business-line addresses of one ISP, or a shared security cloud. */
    static final class Egress implements ClientModel {
        private final String[] ips;
        private final long asn;
        private final String asOrg, country;

        Egress(String[] ips, long asn, String asOrg, String country) {
            this.ips = ips;
            this.asn = asn;
            this.asOrg = asOrg;
            this.country = country;
        }

        /** A static business block on a big ISP of the region, or the security cloud's shared exits. */
        static Egress of(Region g, boolean securityCloud, SplittableRandom r) {
            int n = 2 + r.nextInt(6);
            String[] ips = new String[n];
            if (securityCloud) {
                Infra.Exit e = Infra.securityEgress(g.country(), r);
                for (int i = 0; i < n; i++) ips[i] = Infra.securityEgress(g.country(), r).ip();
                return new Egress(ips, e.asn(), e.name(), g.country());
            }
            Isp isp = Isps.fixedLine(g, r);
            String base = Isps.ipv4(isp, r);
            String prefix = base.substring(0, base.lastIndexOf('.') + 1);
            int first = 1 + r.nextInt(240);
            for (int i = 0; i < n; i++) ips[i] = prefix + (first + i);
            return new Egress(ips, isp.asn(), isp.name(), g.country());
        }

        @Override
        public void apply(Draft d, long t, SplittableRandom r) {
            d.ip = ips[r.nextInt(ips.length)];
            d.asn = asn;
            d.asOrg = asOrg;
            d.country = country;
        }
    }

    /** An app in a cloud: its own few addresses, or the cloud's shared serverless exits. */
    static final class Cloud implements ClientModel {
        private final Network.Isp cloud;
        private final String[] own;
        private final boolean serverless;

        Cloud(Network.Isp cloud, String[] own, boolean serverless) {
            this.cloud = cloud;
            this.own = own;
            this.serverless = serverless;
        }

        static Cloud of(Network.Isp cloud, SplittableRandom r) {
            double x = r.nextDouble();
            if (x < 0.15) return new Cloud(cloud, null, true);
            String[] ips = new String[1 + r.nextInt(3)];
            boolean v6 = x > 0.62;
            String block = Infra.cloudIpv4(cloud, r);
            block = block.substring(0, block.lastIndexOf('.') + 1);
            for (int i = 0; i < ips.length; i++) ips[i] = v6 ? Infra.cloudIpv6(cloud, r) : block + (2 + r.nextInt(250));
            return new Cloud(cloud, ips, false);
        }

        String firstAddress(SplittableRandom r) { return serverless ? Infra.serverlessEgress(cloud, r) : own[0]; }

        @Override
        public void apply(Draft d, long t, SplittableRandom r) {
            d.ip = serverless ? Infra.serverlessEgress(cloud, r) : own[own.length == 1 ? 0 : r.nextInt(own.length)];
            d.asn = cloud.asn();
            d.asOrg = cloud.name();
            d.country = cloud.country();
        }
    }

    /**
     * A residential proxy pool: every request leaves from a different household of a different consumer network of
     * the chosen regions, never the same ASN twice in a row.
     */
    static final class ProxyPool implements ClientModel {
        private final Region[] regions;
        private long lastAsn;

        ProxyPool(Region[] regions) {
            this.regions = regions;
        }

        @Override
        public void apply(Draft d, long t, SplittableRandom r) {
            Region g = regions[r.nextInt(regions.length)];
            Isp isp;
            do isp = Isps.anyOf(g, r); while (isp.asn() == lastAsn);
            lastAsn = isp.asn();
            d.ip = isp.dualStack() && r.nextDouble() < 0.2 ? Isps.v6Address(Isps.v6Prefix(isp, r), r) : Isps.ipv4(isp, r);
            d.asn = isp.asn();
            d.asOrg = isp.name();
            d.country = g.country();
        }
    }

    static void set(Draft d, String ip, Isp isp) {
        d.ip = ip;
        d.asn = isp.asn();
        d.asOrg = isp.name();
        d.country = isp.region().country();
    }
}
