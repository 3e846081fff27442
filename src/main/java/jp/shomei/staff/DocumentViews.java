package jp.shomei.staff;

import java.time.Clock;
import java.util.List;
import jp.shomei.document.DocumentSide;
import jp.shomei.staff.DocumentView.ApplicationKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit of staff opening identity-document images, for administrators to read. */
@Service
@Transactional
public class DocumentViews {

    /** How many of the latest views the page shows. */
    static final int SHOWN = 200;

    private final DocumentViewRepository views;
    private final Clock clock;

    DocumentViews(DocumentViewRepository views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    public void record(StaffMember staff, ApplicationKind kind, Long applicationId, DocumentSide side) {
        views.save(new DocumentView(staff.userId(), clock.instant(), kind, applicationId, side));
    }

    @Transactional(readOnly = true)
    public List<DocumentView> latest() {
        return views.findTop200ByOrderByViewedAtDescIdDesc();
    }
}
