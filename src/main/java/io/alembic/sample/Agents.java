package io.alembic.sample;

import java.util.SplittableRandom;

/**
 * User agents as a provider sees them, with how common each is. Ordinary apps use a handful of SDKs and HTTP
 * libraries, mostly at their latest versions; the classic scenarios' script agents are among them at their real
 * popularity, so a library is never a label by itself.
 */
final class Agents {
    private Agents() {}

    record Pick(String[] values, double[] cum) {
        String draw(SplittableRandom r) {
            double x = r.nextDouble() * cum[cum.length - 1];
            for (int i = 0; i < cum.length; i++) if (x < cum[i]) return values[i];
            return values[values.length - 1];
        }
    }

    private static Pick of(Object... pairs) {
        String[] v = new String[pairs.length / 2];
        double[] c = new double[v.length];
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (String) pairs[2 * i];
            c[i] = s += (Double) pairs[2 * i + 1];
        }
        return new Pick(v, c);
    }

    static final Pick SDK = of(
            "OpenAI/Python 1.58.1", 0.17, "OpenAI/Python 1.57.4", 0.07, "OpenAI/Python 1.54.3", 0.04,
            "AsyncOpenAI/Python 1.58.1", 0.05, "openai-node/4.77.0", 0.11, "openai-node/4.73.1", 0.05,
            "node-fetch/3.3.2", 0.045, "axios/1.7.9", 0.05, "node", 0.02, "python-requests/2.32.3", 0.06,
            "python-httpx/0.27.0", 0.03, "python-httpx/0.28.1", 0.03, "aiohttp/3.9.5", 0.01, "aiohttp/3.11.11", 0.02,
            "Go-http-client/2.0", 0.05, "Go-http-client/1.1", 0.02, "okhttp/4.12.0", 0.03,
            "Java-http-client/17.0.13", 0.02, "Java-http-client/21.0.5", 0.01,
            "Apache-HttpClient/5.3.1 (Java/17.0.13)", 0.02, "Faraday v2.12.2", 0.01, "Dart/3.5 (dart:io)", 0.01,
            "curl/8.5.0", 0.005, "PostmanRuntime/7.43.0", 0.005);

    /** Plain HTTP client libraries in Go, Java, Node and Python, as a scraper fleet built in several languages uses. */
    static final Pick HTTP_LIBS = of(
            "Go-http-client/2.0", 0.2, "Go-http-client/1.1", 0.08, "Java-http-client/17.0.13", 0.1,
            "Java-http-client/21.0.5", 0.05, "okhttp/4.12.0", 0.07, "Apache-HttpClient/5.3.1 (Java/17.0.13)", 0.06,
            "node-fetch/3.3.2", 0.08, "axios/1.7.9", 0.1, "node", 0.04, "python-requests/2.32.3", 0.1,
            "python-httpx/0.28.1", 0.06, "aiohttp/3.11.11", 0.06);

    static final Pick BROWSER = of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", 0.22,
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36", 0.06,
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", 0.1,
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15", 0.07,
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15", 0.05,
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", 0.07,
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", 0.04,
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", 0.02,
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", 0.03);

    static final Pick PHONE = of(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148", 0.12,
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1", 0.12,
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", 0.08,
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", 0.1,
            "ExampleAI-iOS/2.14.0 (iPhone; iOS 17.2)", 0.14, "ExampleAI-iOS/2.15.1 (iPhone; iOS 18.2)", 0.16,
            "ExampleAI-Android/2.13.1 (Android 14)", 0.1, "ExampleAI-Android/2.14.0 (Android 15)", 0.1);

    static final Pick EVAL = of(
            "lm-eval-harness/0.4.5 python-requests/2.32.3", 0.25, "OpenAI/Python 1.58.1", 0.3, "python-requests/2.32.3", 0.15,
            "AsyncOpenAI/Python 1.58.1", 0.15, "python-httpx/0.28.1", 0.1, "inspect_ai/0.3.57 python-httpx/0.28.1", 0.05);

    /** Someone at a desk: a browser most of the time, sometimes the phone. */
    static String person(SplittableRandom r) {
        return r.nextDouble() < 0.7 ? BROWSER.draw(r) : PHONE.draw(r);
    }
}
