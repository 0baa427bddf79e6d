@echo off
rem Starts the workbench (selfeval serve --open): the browser opens at the address it prints.
rem Further options are passed on (e.g. --port 8080). Closing this window stops the workbench.
setlocal EnableExtensions DisableDelayedExpansion
set "SELFEVAL_OLD_CP="
for /f "tokens=2 delims=:." %%c in ('chcp') do set "SELFEVAL_OLD_CP=%%c"
if defined SELFEVAL_OLD_CP set "SELFEVAL_OLD_CP=%SELFEVAL_OLD_CP: =%"
chcp 65001 >nul
title selfeval 工作台
echo selfeval 工作台正在启动，浏览器会自动打开；关闭此窗口即停止工作台。
echo.
call "%~dp0selfeval.cmd" serve --open %*
set "SELFEVAL_EXIT=%ERRORLEVEL%"
if "%SELFEVAL_EXIT%"=="0" goto end
rem a double-clicked window would close at once: keep it open so that the message can be read
echo.
echo selfeval 工作台已停止（退出码 %SELFEVAL_EXIT%），原因见上面的提示。
pause

:end
if defined SELFEVAL_OLD_CP chcp %SELFEVAL_OLD_CP% >nul
endlocal & exit /b %SELFEVAL_EXIT%
