/**
 * The JavaFX window. One folder per view ({@code shell}, {@code overview}, {@code themes},
 * {@code initiatives}, {@code meetings}, {@code bestpractices}, {@code settings},
 * {@code firststart}), each with its FXML under resources, a controller that only binds, and a
 * view model that holds the state and calls the services; {@code common} has what they share
 * (background tasks, controller factory, error dialog, formats, icons, the shared
 * {@link de.digitaldialog.desk.ui.common.WorkspaceModel}).
 *
 * <p>Start-up: {@link de.digitaldialog.desk.ui.DeskApplication#show} starts
 * {@code Workspace.open} plus the first reads (theme areas, counts, profile) on a thread of its
 * own and a class warm-up on another, then launches the toolkit. The window shows at once with
 * the shell and an "opening" placeholder; when the workspace is ready its snapshot fills the
 * overview in one step. If it cannot be opened, the error dialog says why and the window closes
 * (the launcher then exits with code 1). With {@code -Ddesk.startup.marker=FILE} the
 * {@link de.digitaldialog.desk.ui.StartupProbe} writes FILE in the pulse that lays out the
 * counts and exits, for the start-up benchmark.
 *
 * <p>Nothing on the FX thread waits on the database: every service call goes through a
 * {@link de.digitaldialog.desk.ui.common.BackgroundTask}; GUI tests run them synchronously with
 * {@link de.digitaldialog.desk.ui.common.DirectTaskExecutor}.
 */
package de.digitaldialog.desk.ui;
