package io.alembic.ui;

import io.alembic.detect.cluster.Cluster;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The selected cluster judged as a campaign: its verdict, the reasons the engine gives (fleet ties, extraction,
 * automation or concealment, caps, the verdict itself) as copyable text, and the links that join its members.
 */
final class CampaignPanel extends VBox {
    private final Label title = new Label();
    private final Label facts = new Label();
    private final CampaignReasons reasons = new CampaignReasons("clusterReasons");
    private final Label linksLabel = new Label("Links");
    private final ClusterLinksTable links = new ClusterLinksTable();
    private final Button copy = new Button("Copy reasons");
    private final Button open = new Button("Open in Detections");
    private Cluster shown;

    /** {@code openMember} receives the cluster; ClustersView picks which member to show in Detections. */
    CampaignPanel(Consumer<Cluster> openMember) {
        super(6);
        setId("campaignPanel");
        setPadding(new Insets(8));
        setMinWidth(300);
        title.setId("campaignTitle");
        title.getStyleClass().add("view-summary");
        title.setWrapText(true);
        facts.setId("campaignFacts");
        facts.setWrapText(true);
        facts.getStyleClass().add("filter-label");
        Label why = new Label("Why (select text to copy)");
        why.getStyleClass().add("filter-label");
        linksLabel.getStyleClass().add("filter-label");
        VBox top = new VBox(4, why, reasons);
        VBox.setVgrow(reasons, Priority.ALWAYS);
        VBox bottom = new VBox(4, linksLabel, links);
        VBox.setVgrow(links, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.46);
        split.getStyleClass().add("campaign-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        copy.setId("copyReasons");
        copy.setOnAction(e -> reasons.copyAll());
        open.setId("openClusterMember");
        open.setOnAction(e -> { if (shown != null) openMember.accept(shown); });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, copy, gap, open);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, facts, split, buttons);
        show(null, 0);
    }

    CampaignReasons reasons() { return reasons; }

    ClusterLinksTable links() { return links; }

    Label title() { return title; }

    Cluster shown() { return shown; }

    /** Shows {@code c} (null: a hint to pick one) with {@code flaggedMembers} of its members flagged. */
    void show(Cluster c, int flaggedMembers) {
        shown = c;
        copy.setDisable(c == null);
        open.setDisable(c == null);
        if (c == null) {
            title.setText("No cluster selected");
            facts.setText("Click a cluster (or one of its accounts) to read why it scored as a campaign.");
            reasons.show(null, "");
            links.show(java.util.List.of());
            linksLabel.setText("Links");
            return;
        }
        title.setText(String.format(Locale.ROOT, "Campaign %s — score %.2f, %s", c.id(), c.score(),
                c.flagged() ? "FLAGGED" : "not flagged"));
        facts.setText(Fmt.count(c.accounts().size()) + " accounts, " + Fmt.count(flaggedMembers) + " of them flagged · "
                + Fmt.count(c.links().size()) + " links");
        reasons.show(c, "");
        links.show(c.links());
        linksLabel.setText("Links (" + Fmt.count(c.links().size()) + ") — kind, shared value, weight, members sharing it");
    }
}
