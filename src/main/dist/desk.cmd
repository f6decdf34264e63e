@echo off
rem Digitaldialog Desk: starts the application on the runtime image this script lies in (bin\desk.cmd).
rem Extra JVM options go in DESK_JAVA_OPTS, e.g. set "DESK_JAVA_OPTS=-Xmx1g -Dprism.order=sw"
setlocal
for %%I in ("%~dp0..") do set "IMAGE=%%~fI"
set "CDS_OPTS="
if exist "%IMAGE%\lib\desk.jsa" set CDS_OPTS="-XX:SharedArchiveFile=%IMAGE%\lib\desk.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
"%IMAGE%\bin\java.exe" %CDS_OPTS% %DESK_JAVA_OPTS% -cp "%IMAGE%\lib\app\*" de.digitaldialog.desk.Launcher %*
exit /b %ERRORLEVEL%
