package de.digitaldialog.desk.testsupport;

import de.digitaldialog.desk.ui.DeskWindow;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.workspace.Workspace;

/** The window's shared model on an open workspace, as the window has it once the workspace is open. */
public final class TestModels {

    private TestModels() {
    }

    /** Ready, with background work run at once on the calling thread. */
    public static WorkspaceModel ready(Workspace workspace) {
        WorkspaceModel model = new WorkspaceModel(new DirectTaskExecutor(), workspace.folder());
        model.ready(DeskWindow.snapshot(workspace), () -> DeskWindow.snapshot(workspace));
        return model;
    }
}
