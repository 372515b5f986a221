package io.alembic.detect.parts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {
    @Test
    void lowerCasedRunsOfLettersAndDigits() {
        assertEquals(List.of("reset", "my", "router", "v2", "after", "10", "p", "m"), Tokenizer.tokens("Reset MY router (v2) after 10 p.m.!"));
        assertEquals(List.of(), Tokenizer.tokens("  ...?!  "));
        assertEquals(List.of("naïve", "café"), Tokenizer.tokens("Naïve—CAFÉ"));
    }

    @Test
    void hanAndKanaGiveOneTokenPerCharacter() {
        assertEquals(List.of("今", "天", "下", "雨"), Tokenizer.tokens("今天下雨"));
        assertEquals(List.of("お", "茶", "を", "く", "だ", "さ", "い"), Tokenizer.tokens("お茶をください"));
    }

    @Test
    void thaiGivesOneTokenPerLetter() {
        // Thai consonants only, written without spaces
        assertEquals(List.of("ก", "ข", "ค", "ง"), Tokenizer.tokens("กขคง"));
    }

    @Test
    void unspacedScriptsSplitFromNeighbouringLatin() {
        assertEquals(List.of("gpu", "显", "卡", "rtx4090"), Tokenizer.tokens("GPU显卡RTX4090"));
    }

    @Test
    void devanagariWordsStayWhole() {
        // Hindi is written with spaces; its vowel signs are combining marks inside a word, not separators
        assertEquals(List.of("हिन्दी", "भाषा"), Tokenizer.tokens("हिन्दी भाषा"));
    }

    @Test
    void normaliseJoinsTokensWithSingleSpaces() {
        assertEquals(" grant access to the vault ", Tokenizer.normalise("Grant   access,\tto THE vault."));
    }
}
