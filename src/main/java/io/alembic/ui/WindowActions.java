package io.alembic.ui;

import io.alembic.casefile.SearchHit;
import io.alembic.store.Target;
import io.alembic.timeline.Subject;

import java.util.List;

/**
 * The menu and shortcut actions that depend on what is selected in the current view: tag, note, bookmark, open
 * a timeline, compare. Keeps MainWindow about layout.
 */
final class WindowActions {
    private final MainWindow w;

    WindowActions(MainWindow w) { this.w = w; }

    private MainWindow.View view() { return w.currentView(); }

    /** Records selected in the current view's record table (Search or Timeline). */
    List<SearchHit> selectedHits() {
        return switch (view()) {
            case SEARCH -> w.searchView().selectedHits();
            case TIMELINE -> List.copyOf(w.timelineView().records.table().getSelectionModel().getSelectedItems());
            default -> List.of();
        };
    }

    /** Accounts of the selection, without repeats. */
    List<String> selectedAccounts() {
        if (view() == MainWindow.View.ACCOUNTS) return w.accountsView().selectedIds();
        if (view() == MainWindow.View.DETECTIONS || view() == MainWindow.View.CLUSTERS) {
            String id = w.detections().selectedAccountProperty().get();
            return id == null ? List.of() : List.of(id);
        }
        List<String> fromHits = selectedHits().stream().map(SearchHit::accountId).filter(a -> a != null).distinct().toList();
        if (fromHits.isEmpty() && view() == MainWindow.View.TIMELINE && w.timelineView().subject() == Subject.ACCOUNT) {
            return List.of(w.timelineView().value());
        }
        return fromHits;
    }

    void timelineOfSelection() {
        List<String> a = selectedAccounts();
        if (!a.isEmpty()) w.openTimeline(a.get(0));
    }

    void compareSelection() { w.compare(selectedAccounts()); }

    /** The cluster of the selected account (Detections, Clusters, Accounts, or a hit's account). */
    void clusterOfSelection() {
        List<String> a = selectedAccounts();
        w.showClusterOf(a.isEmpty() ? null : a.get(0));
    }

    void tagSelection() {
        List<SearchHit> hits = selectedHits();
        if (!hits.isEmpty()) {
            w.marks().tagTargets(hits.size() == 1 ? "request " + hits.get(0).requestId() : Fmt.count(hits.size()) + " selected records",
                    hits.stream().map(h -> Target.record(h.requestId())).toList());
        } else if (view() == MainWindow.View.TIMELINE && w.timelineView().target() != null) {
            w.marks().tagTargets(w.timelineView().target().toString(), List.of(w.timelineView().target()));
        } else {
            tagAccount();
        }
    }

    void tagAccount() {
        List<String> a = selectedAccounts();
        w.marks().tagTargets(a.size() == 1 ? "account " + a.get(0) : Fmt.count(a.size()) + " accounts",
                a.stream().map(Target::account).toList());
    }

    /** Tags every hit of the current search (no limit), or every record in the timeline's range. */
    void tagAll() {
        if (view() == MainWindow.View.TIMELINE) {
            w.marks().tagQuery("all requests listed below the timeline", w.timelineView().records.query());
            return;
        }
        var r = w.searchView().lastResults();
        w.marks().tagQuery("all " + (r == null ? "" : Fmt.count(r.total()) + " ") + "hits of " + Fmt.oneLine(w.searchView().currentQuery(), 60),
                w.searchView().currentQuery());
    }

    /** What a note or bookmark attaches to: the selected record, else the selected account, else the timeline's subject. */
    Target target() {
        List<SearchHit> hits = selectedHits();
        if (!hits.isEmpty()) return Target.record(hits.get(0).requestId());
        if (view() == MainWindow.View.ACCOUNTS && w.accountsView().selected() != null) return Target.account(w.accountsView().selected());
        if (view() == MainWindow.View.TIMELINE) return w.timelineView().target();
        List<String> accounts = selectedAccounts();
        return accounts.isEmpty() ? null : Target.account(accounts.get(0));
    }

    void note() { w.marks().addNote(target()); }

    void bookmark() { w.marks().bookmark(target()); }

    void saveSearch() {
        String q = view() == MainWindow.View.TIMELINE ? w.timelineView().records.query() : w.searchView().currentQuery();
        w.marks().saveSearch(q);
    }

    void showSaved() {
        w.marks().showSaved(q -> {
            w.showView(MainWindow.View.SEARCH);
            w.searchView().runQuery(q);
        }, this::open);
    }

    /** Opens a bookmarked target: a record in Search, anything else as a timeline. */
    private void open(Target t) {
        switch (t.kind()) {
            case RECORD -> {
                w.showView(MainWindow.View.SEARCH);
                w.searchView().runQuery("request_id:\"" + t.id() + "\"");
            }
            case ACCOUNT -> w.openTimeline(t.id());
            case KEY, IP -> {
                w.showView(MainWindow.View.TIMELINE);
                w.timelineView().open(t.kind() == io.alembic.store.TargetKind.KEY ? Subject.KEY : Subject.IP, t.id());
            }
        }
    }

    void undo() { w.marks().undo(); }
}
