package io.alembic.sample;

import io.alembic.sample.PromptPools.Family;
import io.alembic.sample.PromptPools.Prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reasoning harvested in other languages, for a multilingual student model: English items wrapped in an ask, written
 * in the target language, to reason everything out in that language; part of the requests code-switch (an English
 * ask with an instruction to answer in the target language, or the target language's opener around an English
 * ask). A few accounts in a cloud near the operator, an SDK, scripted pacing.
 */
final class MultilingualHarvest {
    private MultilingualHarvest() {}

    private static final String[] ENGLISH_TO = {"Write the whole answer in {l}.", "Reply in {l} only.",
            "Everything, including the working, in {l} please.", "Respond in {l}."};

    static void plan(PlanKit k, Campaign c, int size) {
        SplittableRandom r = k.r;
        c.tactics.add(Campaign.MULTILINGUAL);
        List<Languages.Lang> langs = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            Languages.Lang l = Languages.of(Network.any(Languages.HARVEST_TARGETS, r));
            if (!langs.contains(l)) langs.add(l);
        }
        double switching = r.nextDouble() < 0.6 ? 0.15 + 0.3 * r.nextDouble() : 0;
        if (switching > 0) c.tactics.add(Campaign.CODE_SWITCHING);
        Network.Isp cloud = Network.any(Network.HOSTING, r);
        String agent = Agents.SDK.draw(r);
        boolean office = r.nextDouble() < 0.4;
        int tz = (r.nextInt(12) - 2) * 60;
        double temperature = r.nextBoolean() ? 0.7 : 1.0;
        int maxTokens = r.nextBoolean() ? 8192 : 12000;
        long opened = Timestamps.BASE_MS - (5 + r.nextInt(60)) * 86_400_000L;
        for (int i = 0; i < size; i++) {
            AccountPlan a = k.member(c);
            a.createdAtMs = opened + r.nextLong(4 * 86_400_000L);
            a.emailDomain = Network.any(List.of("gmail.com", "gmail.com", "outlook.com", "proton.me", "hotmail.com"), r);
            a.country = cloud.country();
            a.tzMinutes = tz;
            a.startH = r.nextInt(96);
            a.ips = new String[]{Infra.cloudIpv4(cloud, r), Infra.cloudIpv4(cloud, r)};
            a.asn = cloud.asn();
            a.asOrg = cloud.name();
            a.clientCountry = cloud.country();
            a.userAgent = r.nextDouble() < 0.8 ? agent : Agents.SDK.draw(r);
            a.curve = office ? ActivityCurve.workHours(r, tz, a.startH, a.endH) : ActivityCurve.flat(r, a.startH, a.endH, 0.02);
            a.regular = true;
            a.gapSigma = 0.6 + 0.5 * r.nextDouble();
            a.model = AccountPlan.REASONING;
            a.temperature = temperature;
            a.maxTokens = maxTokens;
            a.weight = Math.exp(r.nextGaussian() * 0.4);
            a.behaviour = new Talk(k.pools, a, langs, switching);
        }
    }

    static final class Talk implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;
        private final List<Languages.Lang> langs;
        private final double switching;

        Talk(PromptPools pools, AccountPlan a, List<Languages.Lang> langs, double switching) {
            this.pools = pools;
            this.a = a;
            this.langs = langs;
            this.switching = switching;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            double x = r.nextDouble();
            Prompt p = pools.pick(x < 0.4 ? Family.MATH : x < 0.7 ? Family.TASK : x < 0.85 ? Family.CODE : Family.CHAT, r);
            Languages.Lang l = langs.get(r.nextInt(langs.size()));
            if (r.nextDouble() < switching) {
                String to = ENGLISH_TO[r.nextInt(ENGLISH_TO.length)].replace("{l}", name(l.code()));
                d.user = r.nextBoolean() ? HarvestWording.reasoning(p.text(), r) + "\n" + to
                        : l.open()[r.nextInt(l.open().length)] + "\n" + HarvestWording.reasoning(p.text(), r);
            } else {
                d.user = Languages.harvest(l, p.text(), r);
            }
            d.endpoint = "/v1/chat/completions";
            d.model = r.nextDouble() < 0.75 ? a.model : AccountPlan.LARGE;
            d.temperature = a.temperature;
            d.maxTokens = a.maxTokens;
            d.content = l.answerLead() + "\n\n" + ResponseSynth.worked(p);
            if (AccountPlan.REASONING.equals(d.model)) {
                d.reasoningEffort = "high";
                d.reasoning = ResponseSynth.reasoning(p);
            }
        }
    }

    static String name(String code) {
        return switch (code) {
            case "zh" -> "Chinese";
            case "es" -> "Spanish";
            case "pt" -> "Portuguese";
            case "de" -> "German";
            case "fr" -> "French";
            case "ja" -> "Japanese";
            case "ko" -> "Korean";
            case "ru" -> "Russian";
            case "id" -> "Indonesian";
            case "vi" -> "Vietnamese";
            case "ar" -> "Arabic";
            case "tr" -> "Turkish";
            case "hi" -> "Hindi";
            case "it" -> "Italian";
            case "nl" -> "Dutch";
            case "pl" -> "Polish";
            default -> "the target language";
        };
    }
}
