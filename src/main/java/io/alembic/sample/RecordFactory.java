package io.alembic.sample;

import java.util.SplittableRandom;

/** Builds one request of an account: who and where from, what was asked, and what the provider answered. */
final class RecordFactory {
    private final Ids ids;
    private final BenignContent benign;
    private final CampaignContent campaigns;

    RecordFactory(PromptPools pools, Ids ids) {
        this.ids = ids;
        this.benign = new BenignContent(pools);
        this.campaigns = new CampaignContent(pools);
    }

    Draft build(AccountStream s, long sequence) {
        AccountPlan a = s.plan;
        SplittableRandom r = a.contentRandom;
        Draft d = new Draft();
        d.requestId = ids.requestId(sequence);
        d.timestamp = Timestamps.format(s.nextTime(), a.tzMinutes, a.offsetTimestamps);
        d.accountId = a.accountId;
        d.orgId = a.orgId;
        d.ip = a.ips[a.ips.length == 1 ? 0 : r.nextInt(a.ips.length)];
        d.asn = a.asn;
        d.asOrg = a.asOrg;
        d.country = a.clientCountry;
        d.userAgent = a.userAgent;
        d.forwardedFor = a.forwardedFor;
        d.router = a.router == null ? null : a.router.host();
        if (a.behaviour != null) a.behaviour.fill(d, s, r);
        else if (a.distiller()) campaigns.fill(d, a, r);
        else benign.fill(d, a, r);
        if (a.client != null) a.client.apply(d, s.nextTime(), r);
        ResponseSynth.usage(d, r);
        d.apiKeyId = a.keys[a.distiller() ? s.keyIndex % a.keys.length : (r.nextDouble() < 0.8 ? 0 : r.nextInt(a.keys.length))];
        status(s, d, r);
        if (r.nextDouble() < 0.01) d.traceSpan = Long.toHexString(r.nextLong() | Long.MIN_VALUE);
        return d;
    }

    private static void status(AccountStream s, Draft d, SplittableRandom r) {
        AccountPlan a = s.plan;
        if (a.banTail > 0 && s.remainingAfterCurrent() < a.banTail) {
            ResponseSynth.error(d, 403, "account_banned",
                    "This account has been banned for violating the usage policies.", r);
            return;
        }
        if (a.distiller() && a.campaign.has(Campaign.KEY_ROTATION)) {
            rotation(s, d, r);
            return;
        }
        double x = r.nextDouble();
        if (x < (a.distiller() ? 0.004 : 0.002)) {
            ResponseSynth.error(d, 429, "rate_limit_exceeded", "Rate limit reached for requests per minute. Please retry after 20s.", r);
        } else if (x < (a.distiller() ? 0.005 : 0.004)) {
            ResponseSynth.error(d, 400, "invalid_request_error",
                    "This model's maximum context length is 128000 tokens. Please reduce the length of the messages.", r);
        }
    }

    /** Each key is used until its daily quota trips a few 429s, then the next key takes over. */
    private static void rotation(AccountStream s, Draft d, SplittableRandom r) {
        if (s.pendingRateLimits == 0 && ++s.sinceRotation < s.rotationQuota) return;
        if (s.pendingRateLimits == 0) s.pendingRateLimits = 1 + r.nextInt(3);
        ResponseSynth.error(d, 429, "rate_limit_exceeded",
                "Rate limit reached for key " + d.apiKeyId + " on requests per day. Limit reached; try again tomorrow.", r);
        if (--s.pendingRateLimits == 0) {
            s.keyIndex++;
            s.sinceRotation = 0;
        }
    }
}
