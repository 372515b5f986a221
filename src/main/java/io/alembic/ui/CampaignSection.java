package io.alembic.ui;

import io.alembic.detect.AccountResult;
import io.alembic.detect.cluster.Cluster;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The selected account's campaign in the Detections view: the verdict on its cluster and the reasons, so the analyst
 * reads why a member with little evidence of its own was lifted without leaving the account, and one button (or
 * {@link Shortcuts#GO_TO_CLUSTER}) to see the cluster's graph and links.
 */
final class CampaignSection extends VBox {
    private final Label verdict = new Label();
    private final CampaignReasons reasons = new CampaignReasons("accountCampaignReasons");
    private final Button go = new Button("Go to cluster");
    private final Button copy = new Button("Copy reasons");
    private Cluster shown;

    /** {@code goToCluster} receives the cluster's id. */
    CampaignSection(Consumer<String> goToCluster) {
        super(6);
        setId("campaignSection");
        setPadding(new Insets(6, 0, 0, 0));
        verdict.setId("campaignVerdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("view-summary");
        VBox.setVgrow(reasons, Priority.ALWAYS);
        go.setId("goToCluster");
        go.setOnAction(e -> { if (shown != null) goToCluster.accept(shown.id()); });
        copy.setOnAction(e -> reasons.copyAll());
        HBox buttons = new HBox(8, go, copy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(verdict, reasons, buttons);
        show(null, null);
    }

    Label verdict() { return verdict; }

    CampaignReasons reasons() { return reasons; }

    Cluster shown() { return shown; }

    /** The tab title: which campaign, its score and whether it is flagged, so it shows without opening the tab. */
    static String title(Cluster c) {
        if (c == null) return "Campaign: none";
        return String.format(Locale.ROOT, "Campaign %s · %.2f%s", c.id(), c.score(), c.flagged() ? " FLAGGED" : "");
    }

    void show(AccountResult a, Cluster c) {
        shown = c;
        go.setDisable(c == null);
        copy.setDisable(c == null);
        go.setText(c == null ? "Go to cluster" : "Go to cluster " + c.id() + " (" + Shortcuts.GO_TO_CLUSTER.getDisplayText() + ")");
        if (c == null) {
            verdict.setText(a == null ? "" : a.accountId() + " is linked to no other account strongly enough to form a cluster.");
            reasons.show(null, "");
            return;
        }
        verdict.setText(String.format(Locale.ROOT, "%s is one of %s accounts in cluster %s: campaign score %.2f — %s.",
                a.accountId(), Fmt.count(c.accounts().size()), c.id(), c.score(),
                c.flagged() ? "FLAGGED as a campaign" : "not flagged as a campaign"));
        reasons.show(c, "");
    }
}
