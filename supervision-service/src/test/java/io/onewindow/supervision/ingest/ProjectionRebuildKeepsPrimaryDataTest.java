package io.onewindow.supervision.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectionRebuildKeepsPrimaryDataTest {

    @Test
    void aRebuildDropsNeitherTheMajorProjectFlagsNorTheRecordOfDossiersTaken() {
        assertThat(ProjectionRebuild.PROJECTIONS)
                .contains("case_timelines")
                .doesNotContain("major_projects", "dossier_issues");
    }
}
