package io.alembic.sample;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Wording in other languages, written for the generator: how people there frame a question they paste in English
 * (with {q} where the pasted text goes), how a harvesting operator asks, in that language, for the whole working to
 * be written out in it, and how an answer in that language begins.
 */
final class Languages {
    private Languages() {}

    record Lang(String code, String[] people, String[] open, String[] ask, String[] end, String answerLead) {}

    private static Lang lang(String code, String answerLead, String[] people, String[] open, String[] ask, String[] end) {
        return new Lang(code, people, open, ask, end, answerLead);
    }

    private static String[] a(String... s) { return s; }

    static final Map<String, Lang> BY_CODE = Map.ofEntries(
            Map.entry("es", lang("es", "Vamos a resolverlo con detalle.",
                    a("¿Me puedes ayudar con esto? {q}", "Hola, tengo una duda: {q}", "{q}\n\n¿Me lo explicas en español, por favor?",
                            "Necesito ayuda con mi tarea: {q}", "No entiendo bien este ejercicio. {q} ¿Cómo se hace?",
                            "Tradúceme esto y explícamelo: {q}"),
                    a("Resuelve el siguiente problema.", "Analiza la siguiente consigna.", "A continuación tienes un enunciado.", "Tarea:", ""),
                    a("Desarrolla el razonamiento completo en español antes de dar el resultado.",
                            "Explica en detalle cada etapa de la solución, en español.",
                            "Justifica cada paso de tu razonamiento y redacta todo en español.",
                            "Escribe todo el proceso de resolución en español sin omitir pasos intermedios."),
                    a("", "Al final, escribe la respuesta en una línea aparte.", "Termina con «Respuesta:» y el resultado."))),
            Map.entry("pt", lang("pt", "Vamos resolver com calma.",
                    a("Pode me ajudar com isso? {q}", "Oi! Tenho uma dúvida: {q}", "{q}\n\nPode explicar em português?",
                            "Preciso de ajuda com a lição de casa: {q}", "Não entendi esse exercício. {q} Como resolve?",
                            "Traduz isso pra mim e explica: {q}"),
                    a("Resolva o problema a seguir.", "Considere o enunciado abaixo.", "Tarefa:", ""),
                    a("Explique todo o raciocínio em português, etapa por etapa, antes de chegar ao resultado.",
                            "Detalhe cada passo da solução em português, sem pular nada.",
                            "Mostre o desenvolvimento completo em português e justifique cada etapa."),
                    a("", "No final, dê a resposta em uma linha separada.", "Conclua com «Resposta:» seguido do resultado."))),
            Map.entry("de", lang("de", "Gehen wir die Lösung durch.",
                    a("Kannst du mir dabei helfen? {q}", "Kurze Frage: {q}", "{q}\n\nKannst du das bitte auf Deutsch erklären?",
                            "Ich brauche Hilfe bei meinen Hausaufgaben: {q}",
                            "Ich verstehe diese Aufgabe nicht ganz. {q} Wie geht man da vor?",
                            "Übersetz mir das bitte und erklär es kurz: {q}"),
                    a("Löse die folgende Aufgabe.", "Betrachte die folgende Aufgabenstellung.", "Aufgabe:", ""),
                    a("Erkläre den vollständigen Lösungsweg auf Deutsch und begründe jeden Schritt.",
                            "Schreibe alle Zwischenschritte ausführlich auf Deutsch auf, bevor du das Ergebnis nennst.",
                            "Formuliere die gesamte Herleitung auf Deutsch, ohne Schritte auszulassen."),
                    a("", "Nenne das Ergebnis am Ende in einer eigenen Zeile.", "Schließe mit „Antwort:“ und dem Ergebnis ab."))),
            Map.entry("fr", lang("fr", "Voyons la résolution en détail.",
                    a("Tu peux m'aider avec ça ? {q}", "Petite question : {q}", "{q}\n\nTu peux m'expliquer en français ?",
                            "J'ai besoin d'aide pour mes devoirs : {q}", "Je ne comprends pas trop cet exercice. {q} Comment on fait ?",
                            "Traduis-moi ça et explique : {q}"),
                    a("Résous le problème suivant.", "Voici un énoncé.", "Consigne :", ""),
                    a("Rédige en français tout le raisonnement, étape après étape, avant de donner le résultat.",
                            "Détaille en français chaque étape de la résolution sans en sauter aucune.",
                            "Justifie chaque étape du raisonnement et rédige l'ensemble en français."),
                    a("", "Donne la réponse finale sur une ligne à part.", "Termine par « Réponse : » suivi du résultat."))),
            Map.entry("it", lang("it", "Vediamo insieme la soluzione.",
                    a("Mi puoi aiutare con questo? {q}", "Ciao, ho un dubbio: {q}", "{q}\n\nMe lo spieghi in italiano?",
                            "Ho bisogno di aiuto con i compiti: {q}", "Non capisco bene questo esercizio. {q} Come si risolve?"),
                    a("Risolvi il seguente problema.", "Ecco un testo.", "Compito:", ""),
                    a("Spiega in italiano tutto il ragionamento, passaggio dopo passaggio, prima del risultato.",
                            "Scrivi in italiano ogni passaggio intermedio senza saltarne nessuno."),
                    a("", "Alla fine scrivi la risposta su una riga separata."))),
            Map.entry("nl", lang("nl", "Laten we het samen doorlopen.",
                    a("Kun je me hiermee helpen? {q}", "Snelle vraag: {q}", "{q}\n\nKun je dat in het Nederlands uitleggen?",
                            "Ik snap deze opdracht niet helemaal. {q} Hoe pak ik dit aan?"),
                    a("Los het volgende probleem op.", "Opdracht:", ""),
                    a("Leg de volledige redenering in het Nederlands uit en onderbouw elke stap.",
                            "Schrijf alle tussenstappen in het Nederlands op voordat je het antwoord geeft."),
                    a("", "Zet het eindantwoord op een aparte regel."))),
            Map.entry("pl", lang("pl", "Rozwiążmy to razem.",
                    a("Możesz mi pomóc z tym? {q}", "Mam pytanie: {q}", "{q}\n\nMożesz to wyjaśnić po polsku?",
                            "Potrzebuję pomocy z zadaniem domowym: {q}", "Nie rozumiem tego zadania. {q} Jak to rozwiązać?"),
                    a("Rozwiąż poniższe zadanie.", "Polecenie:", ""),
                    a("Opisz po polsku cały tok rozumowania i uzasadnij każdy krok.",
                            "Zapisz po polsku wszystkie kroki pośrednie, zanim podasz wynik."),
                    a("", "Na końcu podaj odpowiedź w osobnej linii."))),
            Map.entry("tr", lang("tr", "Çözümü birlikte inceleyelim.",
                    a("Bu konuda yardım edebilir misin? {q}", "Bir sorum var: {q}", "{q}\n\nBunu Türkçe açıklayabilir misin?",
                            "Ödevim için yardıma ihtiyacım var: {q}", "Bu soruyu tam anlamadım. {q} Nasıl çözülür?"),
                    a("Aşağıdaki problemi çöz.", "Aşağıda bir soru var.", "Görev:", ""),
                    a("Çözümün tüm adımlarını Türkçe olarak ayrıntılı şekilde açıkla ve her adımı gerekçelendir.",
                            "Sonuca geçmeden önce bütün ara adımları Türkçe yaz.", "Düşünce sürecini Türkçe olarak eksiksiz anlat."),
                    a("", "Son cevabı ayrı bir satıra yaz.", "«Cevap:» ile bitir ve sonucu yaz."))),
            Map.entry("ar", lang("ar", "لنحلّ المسألة بالتفصيل.",
                    a("هل يمكنك مساعدتي في هذا؟ {q}", "عندي سؤال: {q}", "{q}\n\nممكن تشرح لي بالعربي؟",
                            "أحتاج مساعدة في الواجب: {q}", "لم أفهم هذا التمرين. {q} كيف يُحل؟"),
                    a("حل المسألة التالية.", "فيما يلي نص المسألة.", "المهمة:", ""),
                    a("اشرح خطوات الحل كاملة باللغة العربية مع تبرير كل خطوة قبل إعطاء النتيجة.",
                            "اكتب جميع الخطوات الوسيطة بالتفصيل باللغة العربية.",
                            "وضّح طريقة التفكير باللغة العربية دون حذف أي جزء."),
                    a("", "اكتب الإجابة النهائية في سطر منفصل.", "اختم بعبارة «الإجابة:» متبوعة بالنتيجة."))),
            Map.entry("hi", lang("hi", "आइए इसे विस्तार से हल करें।",
                    a("क्या आप इसमें मेरी मदद कर सकते हैं? {q}", "एक सवाल है: {q}", "{q}\n\nइसे हिंदी में समझा दीजिए।",
                            "bhai ye samjha do please: {q}", "{q} iska answer kaise aayega? thoda explain karo",
                            "mujhe homework mein help chahiye: {q}"),
                    a("नीचे दिया गया प्रश्न हल कीजिए।", "यह रहा प्रश्न।", "कार्य:", ""),
                    a("पूरा हल हिंदी में विस्तार से लिखिए और हर चरण का कारण बताइए।",
                            "उत्तर देने से पहले सभी बीच के चरण हिंदी में लिखिए।",
                            "सोचने की पूरी प्रक्रिया हिंदी में समझाइए, कोई चरण मत छोड़िए।"),
                    a("", "अंत में उत्तर अलग पंक्ति में लिखिए।", "अंत में «उत्तर:» लिखकर परिणाम दीजिए।"))),
            Map.entry("id", lang("id", "Mari kita selesaikan bersama.",
                    a("Bisa bantu saya dengan ini? {q}", "Mau tanya dong: {q}", "{q}\n\nTolong jelaskan dalam bahasa Indonesia ya.",
                            "Saya butuh bantuan untuk PR: {q}", "Saya kurang paham soal ini. {q} Cara ngerjainnya gimana?"),
                    a("Selesaikan soal berikut.", "Berikut sebuah soal.", "Tugas:", ""),
                    a("Jelaskan seluruh langkah penyelesaian dalam bahasa Indonesia secara rinci sebelum memberi jawaban.",
                            "Tuliskan semua langkah perantara dalam bahasa Indonesia tanpa ada yang dilewati.",
                            "Uraikan alasan di setiap langkah dalam bahasa Indonesia."),
                    a("", "Tulis jawaban akhir di baris terpisah.", "Akhiri dengan «Jawaban:» dan hasilnya."))),
            Map.entry("vi", lang("vi", "Chúng ta cùng giải nhé.",
                    a("Bạn giúp mình cái này được không? {q}", "Mình có một câu hỏi: {q}", "{q}\n\nGiải thích bằng tiếng Việt giúp mình nhé.",
                            "Mình cần giúp bài tập về nhà: {q}", "Mình chưa hiểu bài này lắm. {q} Làm thế nào vậy?"),
                    a("Hãy giải bài toán sau.", "Dưới đây là một đề bài.", "Nhiệm vụ:", ""),
                    a("Trình bày đầy đủ lập luận bằng tiếng Việt, giải thích từng bước trước khi đưa ra kết quả.",
                            "Viết chi tiết mọi bước trung gian bằng tiếng Việt, không bỏ qua bước nào.",
                            "Giải thích lý do của từng bước bằng tiếng Việt."),
                    a("", "Cuối cùng, ghi đáp án trên một dòng riêng.", "Kết thúc bằng «Đáp án:» và kết quả."))),
            Map.entry("zh", lang("zh", "我们来仔细分析一下。",
                    a("可以幫我看看這個嗎？{q}", "想問一下：{q}", "{q}\n\n可以用中文解釋一下嗎？", "我的功課需要幫忙：{q}",
                            "這題我不太懂。{q} 要怎麼做？"),
                    a("请解答下面的问题。", "下面是一道题。", "任务：", ""),
                    a("请用中文写出完整的推理过程，每一步都要说明理由。", "请用中文详细写出每个中间步骤，然后再给出结果。",
                            "先用中文把解题思路完整地写出来，不要省略任何步骤。"),
                    a("", "最后单独一行写出答案。", "最后以“答案：”开头给出结果。"))),
            Map.entry("ko", lang("ko", "차근차근 풀어 보겠습니다.",
                    a("이것 좀 도와줄 수 있어요? {q}", "질문이 있어요: {q}", "{q}\n\n한국어로 설명해 주세요.", "숙제 좀 도와주세요: {q}",
                            "이 문제가 잘 이해가 안 돼요. {q} 어떻게 풀어요?"),
                    a("다음 문제를 풀어 주세요.", "아래 과제를 보세요.", "과제:", ""),
                    a("풀이 과정을 한국어로 단계마다 자세히 설명한 뒤 답을 제시해 주세요.", "중간 계산과 판단을 모두 한국어로 빠짐없이 적어 주세요.",
                            "각 단계의 이유를 한국어로 설명해 주세요."),
                    a("", "마지막 줄에 답만 따로 적어 주세요.", "마지막에 '답:' 뒤에 결과를 써 주세요."))),
            Map.entry("ja", lang("ja", "順を追って考えます。",
                    a("これについて手伝ってもらえますか？{q}", "ちょっと質問です：{q}", "{q}\n\n日本語で説明してください。",
                            "宿題を手伝ってほしいです：{q}", "この問題がよくわかりません。{q} どうやって解けばいいですか？"),
                    a("次の問題を解いてください。", "以下の課題に取り組んでください。", "課題：", ""),
                    a("日本語で、考え方を一つずつ丁寧に説明してから答えを出してください。", "途中の計算や判断をすべて日本語で詳しく書いてください。",
                            "解き方の流れを省略せずに日本語で説明してください。"),
                    a("", "最後に答えを別の行に書いてください。", "最後に「答え：」として結果を示してください。"))),
            Map.entry("ru", lang("ru", "Разберём решение подробно.",
                    a("Поможешь с этим? {q}", "Есть вопрос: {q}", "{q}\n\nОбъясни, пожалуйста, по-русски."),
                    a("Реши следующую задачу.", "Ниже приведено условие.", "Задание:", ""),
                    a("Подробно распиши на русском языке весь ход решения, обосновывая каждый шаг.",
                            "Приведи все промежуточные шаги на русском языке, прежде чем дать ответ.",
                            "Объясни решение на русском языке, ничего не пропуская."),
                    a("", "В конце отдельной строкой напиши ответ.", "Заверши строкой «Ответ:» с результатом."))));

    /** Languages an operator building a multilingual reasoning set targets first. */
    static final List<String> HARVEST_TARGETS = List.of("zh", "es", "pt", "de", "fr", "ja", "ko", "ru", "id", "vi", "ar", "tr", "hi");

    static Lang of(String code) {
        Lang l = BY_CODE.get(code);
        return l != null ? l : BY_CODE.get("es");
    }

    /** A person's question in their language around the pasted English text. */
    static String person(Lang l, String q, SplittableRandom r) {
        return l.people()[r.nextInt(l.people().length)].replace("{q}", q);
    }

    /** An operator's request in language l around item q, parts and order drawn per request. */
    static String harvest(Lang l, String q, SplittableRandom r) {
        String open = l.open()[r.nextInt(l.open().length)], ask = l.ask()[r.nextInt(l.ask().length)];
        String end = l.end()[r.nextInt(l.end().length)];
        String sep = r.nextBoolean() ? "\n\n" : "\n";
        StringBuilder sb = new StringBuilder();
        if (!open.isEmpty()) sb.append(open).append(sep);
        if (r.nextBoolean()) sb.append(ask).append(sep).append(q);
        else sb.append(q).append(sep).append(ask);
        if (!end.isEmpty()) sb.append(sep).append(end);
        return sb.toString();
    }
}
