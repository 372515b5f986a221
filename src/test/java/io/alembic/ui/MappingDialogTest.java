package io.alembic.ui;

import io.alembic.casefile.ImportReport;
import io.alembic.formats.FormatFixtures;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing a CSV gateway log no reader recognises opens the mapping dialog on its first rows; the columns picked
 * there import with Enter, records arrive, and the next file with the same header opens with that mapping filled in
 * (Esc then leaves without importing). Also saves mapping-dialog.png where -Dalembic.screenshots says.
 */
class MappingDialogTest extends WindowTestBase {
    @Start
    void start(Stage stage) { open(stage); }

    @TempDir
    static Path tmp;

    @Test
    void mapsImportsAndRemembersTheMapping(FxRobot robot) throws Exception {
        Path log = tmp.resolve("logs/gateway.csv");
        Files.createDirectories(log.getParent());
        Files.copy(FormatFixtures.fixture("gateway/gateway.csv"), log);
        Fx.run(() -> window.openCase(tmp.resolve("case")));
        Fx.waitUntil(30, () -> session.isOpen());

        Fx.run(() -> window.importBundle(log));
        MappingDialog d = awaitDialog();
        assertFalse(Fx.get(d::filledFromCase));
        assertEquals("ts", Fx.get(() -> d.fields.get("timestamp").getValue()), "guessed from the column name");
        assertEquals(12, Fx.get(() -> d.rows.getColumns().size()), "a line column and the 11 of the header");
        assertEquals(4, Fx.get(() -> d.rows.getItems().size()));

        // the analyst's picks: no client IP (say it is the proxy's), the route tag as router, and no response at first
        Fx.run(() -> {
            d.fields.get("ip").setValue(MappingDialog.NONE);
            d.fields.get("router").setValue("route_tag");
            d.fields.get("prompt").setValue(MappingDialog.NONE);
        });
        Fx.waitUntil(10, () -> d.getDialogPane().lookupButton(MappingDialog.IMPORT).isDisabled()
                && d.problem.getText().contains("Prompt"));
        Fx.run(() -> d.fields.get("prompt").setValue("prompt"));
        Fx.waitUntil(30, () -> !d.previewingProperty().get() && !d.getDialogPane().lookupButton(MappingDialog.IMPORT).isDisabled());
        assertEquals(List.of(true, true, false, false), Fx.get(() -> d.converted.getItems().stream().map(o -> o.ok()).toList()),
                "the short row and the row dated \"yesterday\" are shown as refused");
        assertTrue(Fx.get(() -> d.converted.getItems().get(3).error()).contains("timestamp"), Fx.get(() -> d.converted.getItems().get(3).error()));
        assertEquals("cust-1", Fx.get(() -> d.converted.getItems().get(0).fields().get("account_id")));
        assertEquals("", Fx.get(() -> d.converted.getItems().get(0).fields().get("ip")));

        robot.clickOn("#mappingRows");
        robot.type(KeyCode.ENTER);
        Fx.waitUntil(120, () -> window.imports().lastReportProperty().get() != null && !session.importingProperty().get());
        ImportReport r = Fx.get(() -> window.imports().lastReportProperty().get());
        assertEquals(2, r.recordsImported());
        assertEquals(2, r.recordsQuarantined());
        assertEquals("gateway", r.convertedFrom());
        assertTrue(session.currentCase().accounts().stream().anyMatch(a -> a.accountId().equals("cust-1")));

        // the next log with the same header: the dialog opens with the mapping just used
        Path next = tmp.resolve("logs2/gateway-tuesday.csv");
        Files.createDirectories(next.getParent());
        Files.writeString(next, "ts,user,api_key,client_ip,model,prompt,completion,status,tokens_in,tokens_out,route_tag\n"
                + "2026-01-21T09:00:00Z,cust-3,key-ccc,198.51.100.20,gpt-4o,\"Summarise this report, please.\",\"The report finds three issues.\",200,14,7,red\n"
                + "2026-01-21T09:00:02Z,cust-3,key-ccc,198.51.100.20,gpt-4o,And in French?,Le rapport trouve trois problèmes.,200,4,8,red\n"
                + "2026-01-21T09:01:30Z,cust-4,key-ddd,203.0.113.7,claude-3-haiku,Write a haiku about logs,\"Lines scroll into night / ...\",200,6,17,blue\n"
                + "1768986000,cust-4,key-ddd,203.0.113.7,claude-3-haiku,again,once more,200,1,2,blue\n");
        Fx.run(() -> window.importBundle(next));
        MappingDialog again = awaitDialog();
        assertTrue(Fx.get(again::filledFromCase));
        assertTrue(Fx.get(() -> again.getDialogPane().getContent().lookup("#mappingIntro").toString()).contains("Filled in from the mapping"));
        assertEquals(MappingDialog.NONE, Fx.get(() -> again.fields.get("ip").getValue()), "remembered, not guessed");
        assertEquals("route_tag", Fx.get(() -> again.fields.get("router").getValue()));
        Fx.waitUntil(30, () -> !again.previewingProperty().get() && again.converted.getItems().size() == 4);
        shoot(again);

        robot.type(KeyCode.ESCAPE);
        Fx.waitUntil(10, () -> window.imports().mappingDialog() == null);
        assertTrue(Fx.get(() -> window.statusText()).startsWith("Nothing imported"), Fx.get(() -> window.statusText()));
        assertEquals(1, session.currentCase().accounts().size(), "Esc imported nothing (the two good rows were both cust-1)");
        String audit = Files.readString(tmp.resolve("case/audit.log.jsonl"));
        assertTrue(audit.contains("\"gateway_mapping_saved\""), audit);
        assertTrue(audit.contains("\"router\":\"route_tag\""), audit);
    }

    private MappingDialog awaitDialog() {
        Fx.waitUntil(60, () -> window.imports().mappingDialog() != null && window.imports().mappingDialog().isShowing());
        MappingDialog d = Fx.get(() -> window.imports().mappingDialog());
        assertNotNull(d);
        return d;
    }

    private static void shoot(MappingDialog d) throws Exception {
        Path out = Path.of(System.getProperty("alembic.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        var image = Fx.get(() -> d.getDialogPane().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve("mapping-dialog.png").toFile());
    }
}
