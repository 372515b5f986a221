package io.alembic.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Fictional networks. Addresses come from non-routable ranges (100.64/10 for residential, 198.18/15 for hosting,
 * RFC 5737 documentation blocks for routers and institutions) and ASNs from the private/documentation ranges, so a
 * sample bundle never points at a real person or company.
 */
final class Network {
    private Network() {}

    record Isp(long asn, String name, String country, int tzMinutes, int block) {}

    record Router(String host, String ip, long asn, String name, String country) {}

    static final List<Isp> RESIDENTIAL = List.of(
            new Isp(64601, "Northwind Broadband", "US", -300, 0), new Isp(64602, "Lakeside Cable", "US", -480, 1),
            new Isp(64610, "Maple Fibre", "CA", -300, 2), new Isp(64620, "Albion Telecom", "GB", 0, 3),
            new Isp(64630, "Rheinnetz Mobil", "DE", 60, 4), new Isp(64640, "Sakura Hikari", "JP", 540, 5),
            new Isp(64650, "Ganges Mobile", "IN", 330, 6), new Isp(64660, "Lion City Broadband", "SG", 480, 7),
            new Isp(64670, "Pampas Net", "AR", -180, 8), new Isp(64690, "Ile Telecom", "FR", 60, 9),
            new Isp(64700, "Samba Telecom", "BR", -180, 10), new Isp(64710, "Kangaroo Broadband", "AU", 660, 11));

    static final List<Isp> HOSTING = List.of(
            new Isp(64900, "Example Hosting Ltd", "SG", 480, 0), new Isp(64901, "Cumulus Cloud", "US", -300, 1),
            new Isp(64902, "Nordic VPS", "NL", 60, 2), new Isp(64903, "Harbor Compute", "HK", 480, 3),
            new Isp(64904, "Equator Servers", "DE", 60, 4), new Isp(64905, "Pacific Edge Hosting", "JP", 540, 5),
            new Isp(64906, "Baltic Bare Metal", "LT", 120, 6), new Isp(64907, "Sunbelt Datacenters", "US", -360, 7));

    static final List<Isp> INSTITUTIONS = List.of(
            new Isp(64800, "Eastbridge University", "US", -300, 0), new Isp(64801, "Kestrel Institute of Technology", "GB", 0, 1),
            new Isp(64802, "Universitaet Altstadt", "DE", 60, 2));

    static final List<Router> ROUTERS = List.of(
            new Router("relay.example.net", "203.0.113.7", 64510, "Relay Networks", "US"),
            new Router("openpath.example.org", "203.0.113.80", 64511, "OpenPath Gateway Inc", "NL"));

    static final List<String> BROWSER_UA = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "ExampleAI-iOS/2.14.0 (iPhone; iOS 17.2)", "ExampleAI-Android/2.13.1 (Android 14)");

    static final List<String> SERVER_UA = List.of("node-fetch/3.3.2", "openai-node/4.77.0", "Go-http-client/2.0",
            "okhttp/4.12.0", "OpenAI/Python 1.58.1");

    static final List<String> RESEARCH_UA = List.of("lm-eval-harness/0.4.5 python-requests/2.32.3", "OpenAI/Python 1.58.1",
            "python-requests/2.32.3");

    static final List<String> SCRIPT_UA = List.of("python-httpx/0.27.0", "aiohttp/3.9.5", "OpenAI/Python 1.58.1",
            "python-requests/2.32.3", "python-httpx/0.28.1");

    static String residentialIp(Isp isp, SplittableRandom r) {
        return "100." + (64 + isp.block() * 5 + r.nextInt(5)) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    static String hostingIp(Isp isp, SplittableRandom r) {
        return "198." + (18 + (isp.block() & 1)) + "." + ((isp.block() >> 1) * 60 + r.nextInt(60)) + "." + (1 + r.nextInt(254));
    }

    static String institutionIp(Isp isp, SplittableRandom r) {
        return "192.0.2." + (isp.block() * 80 + 1 + r.nextInt(79));
    }

    static <T> T any(List<T> l, SplittableRandom r) {
        return l.get(r.nextInt(l.size()));
    }
}
