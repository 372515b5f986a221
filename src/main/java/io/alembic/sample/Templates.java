package io.alembic.sample;

import java.util.List;

/** Fixed prompt text written for this generator (not taken from any corpus), so it ships under the project licence. */
final class Templates {
    private Templates() {}

    /** Chain-of-thought harvesting scaffolds; each inner list is one scaffold and its paraphrases. */
    static final List<List<String>> COT = List.of(
            List.of("Solve the following problem. Think step by step and show all your reasoning.\n\nProblem: {q}",
                    "Work out the problem below. Reason step by step and show every step.\n\nProblem: {q}",
                    "Please solve this. Think it through one step at a time and write down all of your reasoning.\n\nProblem: {q}"),
            List.of("You are an expert tutor. Work through this carefully, explaining every step of your reasoning before giving the final answer.\n\n{q}",
                    "Act as an expert teacher. Go through this slowly, explaining each reasoning step before you give the final answer.\n\n{q}"),
            List.of("Question: {q}\n\nLet's think step by step. Provide your complete chain of thought, then state the final answer on its own line prefixed with 'Answer:'.",
                    "Question: {q}\n\nThink step by step and write out your entire chain of thought. End with a line 'Answer: <answer>'.",
                    "Q: {q}\nReason step by step, showing the full chain of thought, and finish with 'Answer:' followed by the result."),
            List.of("Below is a task. Write out your full reasoning process in detail, then give the answer.\n\n### Task\n{q}\n\n### Reasoning",
                    "Here is a task. Describe your complete reasoning in detail first, then provide the answer.\n\n### Task\n{q}\n\n### Reasoning"));

    /** Answer-only scaffolds: (prompt, answer) pairs for supervised fine-tuning. */
    static final List<List<String>> ANSWER_ONLY = List.of(
            List.of("{q}\n\nRespond with only the final answer, no explanation.",
                    "{q}\n\nReply with the final answer only. Do not explain."),
            List.of("Answer concisely. Output only the answer.\n\nQ: {q}\nA:",
                    "Be brief: output nothing but the answer.\n\nQ: {q}\nA:"),
            List.of("Give the final answer only.\n{q}", "Final answer only, please.\n{q}"));

    /** Instruction-tuning scaffolds used for broad capability sweeps. */
    static final List<List<String>> INSTRUCTION = List.of(
            List.of("### Instruction:\n{q}\n\n### Response:", "### Instruction\n{q}\n\n### Answer"),
            List.of("Complete the following task as thoroughly and accurately as possible.\n\nTask: {q}",
                    "Carry out this task as completely and accurately as you can.\n\nTask: {q}"));

    static final List<String> DISTILLER_SYSTEM = List.of(
            "You are a helpful assistant.",
            "You are a world-class expert. Always show detailed, rigorous reasoning.",
            "You are an AI assistant that gives complete, high-quality answers.");

    static final List<String> APP_SYSTEM = List.of(
            "You are the support assistant for Lumen Home Insurance. Answer questions about policies, claims and billing politely. If unsure, offer to connect the customer with an agent.",
            "You summarise customer support tickets for the Orbit Freight operations team. Output a two-sentence summary and a priority from P1 to P4.",
            "You are a writing helper inside the Quillnote editor. Improve clarity and grammar while keeping the author's voice.",
            "You classify incoming e-mails for Brightpath Dental clinics into: appointment, billing, complaint, other. Reply with the label and one short reason.",
            "You are a product description generator for the Fernhill Outdoor online shop. Write friendly, accurate descriptions under 120 words.");

    /** Phrasings a person might use when they want to understand, not harvest. */
    static final List<String> LEARNER = List.of(
            "can you explain step by step how to solve this? {q}",
            "I'm stuck on my homework: {q} Could you walk me through it?",
            "{q}\nI don't get how to start, can you show the steps?",
            "Please explain like I'm 12 how to do this one: {q}",
            "my answer doesn't match the book. {q} what are the steps?",
            "How would you approach this? {q}");

    static final List<String> EVAL_TEMPLATES = List.of(
            "Question: {q}\nAnswer:",
            "Solve the following math problem step by step. The last line of your response should be of the form Answer: $ANSWER.\n\n{q}");

    /** Zero-shot chain-of-thought prompts as published for reasoning benchmarks. */
    static final List<String> COT_EVAL_TEMPLATES = List.of(
            "Q: {q}\nA: Let's think step by step.",
            "{q}\n\nThink step by step, showing your reasoning, and put the final answer after \"The answer is\".");

    static final String TUTOR_SYSTEM = "You are MathBuddy, a patient tutor for secondary-school students. Never just give the answer.";

    static final String TUTOR_FRAME = "Explain this step by step and show every step so I can learn how to do it myself:\n{q}";

    static final List<String> SCIENCE_TOPICS = List.of(
            "photosynthesis", "the Krebs cycle", "plate tectonics", "how vaccines train the immune system",
            "entropy in thermodynamics", "the Doppler effect", "CRISPR gene editing", "Hawking radiation",
            "buffer solutions in chemistry", "Maxwell's equations", "natural selection", "the greenhouse effect",
            "band gaps in semiconductors", "Michaelis-Menten enzyme kinetics", "the photoelectric effect",
            "oxidation and reduction reactions", "nuclear fission", "active transport across cell membranes",
            "Kepler's laws of orbital motion", "protein folding", "the Bernoulli principle", "ocean acidification");

    static final List<String> SCIENCE_FORMS = List.of(
            "Explain {t}.", "Derive the key equations behind {t} and explain each term.",
            "What is {t} and why does it matter?", "Give a rigorous, graduate-level explanation of {t}.");

    static final List<String> LANGUAGES = List.of("French", "German", "Spanish", "Japanese", "Chinese", "Arabic",
            "Hindi", "Portuguese", "Korean", "Russian", "Swahili", "Indonesian");

    static final List<String> MULTILINGUAL_FORMS = List.of(
            "Translate the following text into {lang}:\n\n{q}", "Answer in {lang}: {q}",
            "Respond in fluent {lang}, then give an English gloss.\n\n{q}");

    static final List<String> CODE_LANGS = List.of("Python", "JavaScript", "Go", "Rust", "Java", "C++", "SQL", "TypeScript");

    static final List<String> CODE_TASKS = List.of(
            "reverses a singly linked list", "checks whether a string is a palindrome", "merges two sorted arrays",
            "computes the nth Fibonacci number iteratively", "parses a CSV line with quoted fields",
            "finds the longest common prefix of a list of strings", "implements binary search on a sorted array",
            "removes duplicates from a list while preserving order", "counts word frequencies in a text",
            "rotates a square matrix by 90 degrees", "implements an LRU cache with O(1) operations",
            "validates a balanced-brackets expression", "computes the edit distance between two strings",
            "topologically sorts a directed acyclic graph");

    static final List<String> CODE_FORMS = List.of(
            "Write a {lang} function that {t}.", "Implement, in {lang}, a routine that {t}. Include tests.",
            "Show idiomatic {lang} code that {t}, and explain its time complexity.");

    static String fill(String template, String q) {
        return template.replace("{q}", q);
    }
}
