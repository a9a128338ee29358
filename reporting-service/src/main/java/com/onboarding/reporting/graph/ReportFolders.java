package com.onboarding.reporting.graph;

import com.onboarding.clients.graph.DriveItem;
import com.onboarding.clients.graph.GraphClient;
import com.onboarding.reporting.config.ReportingConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** The customers' report folders in the IT team site's document library (Microsoft Graph). */
@ApplicationScoped
public class ReportFolders {

    private final GraphClient graph;
    private final ReportingConfig.SharePoint sharepoint;
    private volatile String driveId;

    public ReportFolders(GraphClient graph, ReportingConfig config) {
        this.graph = graph;
        this.sharepoint = config.sharepoint();
    }

    /** Makes sure the folder exists (an existing one counts); returns its web URL. */
    public String ensure(String folderPath) {
        DriveItem folder = graph.ensureFolder(drive(), folderPath);
        return folder.webUrl();
    }

    private String drive() {
        if (driveId == null) {
            String site = graph.siteId(sharepoint.hostname(), sharepoint.sitePath());
            driveId = graph.driveId(site, sharepoint.library());
        }
        return driveId;
    }
}
