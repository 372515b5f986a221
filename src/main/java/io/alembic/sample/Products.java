package io.alembic.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented companies and the system prompts of their products, composed from parts so that thousands of ordinary
 * apps each carry their own fixed instructions, as real integrations do. Written for the generator.
 */
final class Products {
    private Products() {}

    private static final List<String> NAMES = List.of("Lumen", "Orbit", "Quillnote", "Brightpath", "Fernhill",
            "Copperleaf", "Northstar", "Bluebird", "Tidewater", "Ember", "Keystone", "Sparrow", "Meridian", "Helix",
            "Aurora", "Cobalt", "Juniper", "Larkspur", "Mosaic", "Pioneer", "Quartz", "Redwood", "Saffron", "Tandem",
            "Vantage", "Wren", "Zephyr", "Alder", "Beacon", "Calder", "Driftwood", "Evergreen", "Foxglove", "Galena",
            "Harbourline", "Ironbark", "Kinfolk", "Lodestar", "Marigold", "Nimbus", "Oakridge", "Pebble", "Riverstone",
            "Solstice", "Thistle", "Upland", "Velvet", "Westwind", "Yarrow", "Amberly", "Bramble", "Cinder", "Dovetail");

    private static final List<String> INDUSTRIES = List.of("Insurance", "Freight", "Dental", "Outdoor", "Realty",
            "Legal", "Health", "Travel", "Bank", "Learning", "Logistics", "Retail", "Media", "Analytics", "Energy",
            "Foods", "Pharmacy", "Motors", "People", "Games", "Security", "Software", "Hotels", "Fitness", "Telecom",
            "Accounting", "Recruiting", "Events", "Pets", "Furniture");

    /** What the product asks of the model; {c} is the company, {i} its industry in lower case. */
    private static final List<String> TASKS = List.of(
            "You are the customer support assistant for {c}. Answer questions about {i} orders, accounts and billing politely and briefly. If you are not sure, offer to hand the conversation to a human colleague.",
            "You summarise incoming support tickets for the {c} operations team. Reply with a two-sentence summary followed by a priority from P1 to P4.",
            "You help {c} staff draft replies to customer e-mails. Keep a warm, professional tone and never promise refunds.",
            "You classify messages sent to {c} into one of: question, complaint, cancellation, feedback, other. Output the label and a one-line reason.",
            "You write product descriptions for the {c} online shop. Friendly, accurate, under 120 words, no superlatives.",
            "You are a writing assistant inside the {c} editor. Improve clarity and grammar while keeping the author's voice.",
            "You extract structured fields from documents uploaded to {c}: names, dates, amounts and reference numbers. Answer in JSON.",
            "You are {c}'s internal knowledge assistant. Answer employees' questions about {i} procedures; say when something should be checked with a manager.",
            "You turn meeting transcripts from {c} into action items with an owner and a due date each.",
            "You help {c} analysts write SQL against the company warehouse. Explain briefly what each query does.",
            "You review code changes for the {c} engineering team. Point out bugs, risky patterns and missing tests; be concise.",
            "You are the booking assistant of {c}. Help customers find options, explain conditions, and never invent prices.",
            "You are a study helper in the {c} learning app. Encourage the learner and explain ideas simply.",
            "You moderate community posts for {c}. Reply ALLOW or REVIEW with a short reason.",
            "You translate customer messages for {c} support agents into clear English and keep names and numbers unchanged.",
            "You are the onboarding guide for new {c} customers. Answer setup questions step by step in plain language.");

    static String company(SplittableRandom r) {
        return Network.any(NAMES, r) + " " + Network.any(INDUSTRIES, r);
    }

    /** e.g. "tidewater-freight.example"; a few companies use a country domain. */
    static String domain(String company, SplittableRandom r) {
        String base = company.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return base + (r.nextDouble() < 0.8 ? ".example" : ".co.example");
    }

    static String systemPrompt(String company, SplittableRandom r) {
        String industry = company.substring(company.indexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return Network.any(TASKS, r).replace("{c}", company).replace("{i}", industry);
    }

    /** A system prompt for a job that runs over a batch of documents each night. */
    static String batchPrompt(String company, SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> "You summarise yesterday's customer conversations for " + company + ". For each, give the topic, the outcome and whether a follow-up is needed.";
            case 1 -> "Tag each support conversation from " + company + " with up to three topics from the taxonomy and a sentiment score from -2 to 2.";
            case 2 -> "You produce the nightly digest of feedback received by " + company + ": group similar items and quote one example each.";
            default -> "Check each " + company + " help-centre answer below for outdated or unclear statements and suggest a corrected wording.";
        };
    }
}
