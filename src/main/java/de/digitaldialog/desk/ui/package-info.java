/**
 * The JavaFX window. One folder per view, each with its FXML (and CSS) under resources, a
 * controller that only binds the view to its view model, and the view model that holds the state,
 * validates and calls the services:
 * <ul>
 *   <li>{@code shell} the window frame: sidebar, page area, status bar, about dialog;</li>
 *   <li>{@code overview} the Übersicht; {@code themearea} the page of one theme area;</li>
 *   <li>{@code initiative/list} the initiative tracker (filters, bulk actions, export) and
 *       {@code initiative/form} the form of one initiative (milestones, status workflow);</li>
 *   <li>{@code meeting/list} the Sitzungen page (calendar and list), {@code meeting/form} the form of
 *       one meeting (frame, participants, status), {@code meeting/agenda} its TOP tab (agenda,
 *       minutes, decisions, action items);</li>
 *   <li>{@code actionitem/list} the Beschlusskontrolle and {@code actionitem/form} the dialog that
 *       creates or edits one action item;</li>
 *   <li>{@code bestpractice/list}, {@code briefing} (the preview and printing of briefing sheets),
 *       {@code attachments} (the files of a meeting or TOP), {@code settings}, {@code firststart};</li>
 *   <li>{@code common} what views share: background tasks, the controller factory and view loader,
 *       formats, icons, the form window and its messages ({@code common/form}: the skeleton both
 *       forms use), and {@link de.digitaldialog.desk.ui.common.WorkspaceModel}, the snapshot the
 *       whole window shows (theme areas, counts, profile) with its change signal;</li>
 *   <li>{@code dialog} the one {@link de.digitaldialog.desk.ui.dialog.DialogService} every
 *       controller asks (confirmations, reasons, file choosers, errors); only it builds dialogs.</li>
 * </ul>
 *
 * <p>Composition: {@link de.digitaldialog.desk.ui.DeskApplication} and
 * {@link de.digitaldialog.desk.ui.DeskWindow} are the only classes that see the
 * {@code Workspace}. {@code DeskApplication#show} opens it on a thread of its own, plus the first
 * reads (theme areas, counts, profile), while the toolkit starts; the window shows at once with the
 * shell saying "opening …". When the workspace is ready, {@code DeskWindow#ready} registers its
 * services in the window's {@link de.digitaldialog.desk.ui.common.ControllerFactory}, and the
 * pages and forms are built from then on, each view model receiving exactly the services it uses
 * through its constructor. If the workspace cannot be opened, the error dialog says why and the
 * window closes (the launcher then exits with code 1). With {@code -Ddesk.startup.marker=FILE}
 * the {@link de.digitaldialog.desk.ui.StartupProbe} writes FILE in the pulse that lays out the
 * counts and exits, for the start-up benchmark.
 *
 * <p>Nothing on the FX thread waits on the database: every service call goes through a
 * {@link de.digitaldialog.desk.ui.common.BackgroundTask}; tests run them synchronously with
 * {@link de.digitaldialog.desk.ui.common.DirectTaskExecutor}. {@code ArchitectureTest} holds these
 * rules.
 */
package de.digitaldialog.desk.ui;
