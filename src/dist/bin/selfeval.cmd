@echo off
rem Runs selfeval from the download (selfeval-VERSION.zip): finds Java 17 or newer through JAVA_HOME,
rem else PATH, and runs the jar beside this folder. Without --rules and without a rules folder in the
rem current directory, the package's own rules folder is used (system property selfeval.rules.dir).
rem SELFEVAL_JAVA_OPTS replaces the default JVM options. The exit code is java's, or 9 when no Java 17
rem or newer is found (the tool's own codes are 0-6).
setlocal EnableExtensions DisableDelayedExpansion

rem Chinese messages print in UTF-8; the console's code page is put back at the end
set "SELFEVAL_OLD_CP="
for /f "tokens=2 delims=:." %%c in ('chcp') do set "SELFEVAL_OLD_CP=%%c"
if defined SELFEVAL_OLD_CP set "SELFEVAL_OLD_CP=%SELFEVAL_OLD_CP: =%"
chcp 65001 >nul

rem the package folder: the parent of this script's folder (%~dp0 ends with a backslash)
for %%d in ("%~dp0..") do set "SELFEVAL_HOME=%%~fd"
set "SELFEVAL_EXIT=9"

if not defined JAVA_HOME goto javaFromPath
set "JAVA_EXE=%JAVA_HOME:"=%\bin\java.exe"
if exist "%JAVA_EXE%" goto checkVersion
>&2 echo selfeval：环境变量 JAVA_HOME 设为 %JAVA_HOME%，但其中没有 bin\java.exe。
>&2 echo 如果这个 JAVA_HOME 已经不用了，也可以删除它，改用 PATH 中的 java。
goto howToInstall

:javaFromPath
set "JAVA_EXE="
for %%j in (java.exe) do set "JAVA_EXE=%%~$PATH:j"
if defined JAVA_EXE goto checkVersion
>&2 echo selfeval：找不到 Java（没有设置 JAVA_HOME，PATH 中也没有 java.exe）。
goto howToInstall

:checkVersion
rem "java -version" prints e.g.: openjdk version "17.0.15" 2025-04-15, or java version "1.8.0_381";
rem the child cmd expands JAVA_EXE itself ("call" keeps its quotes), so a path with ( ) is safe
set "JAVA_VERSION="
for /f "tokens=1-3" %%a in ('call "%%JAVA_EXE%%" -version 2^>^&1') do if /i "%%b"=="version" if not defined JAVA_VERSION set "JAVA_VERSION=%%~c"
if not defined JAVA_VERSION goto unknownVersion
set "JAVA_MAJOR="
set "JAVA_MINOR="
for /f "tokens=1,2 delims=.-+_" %%a in ("%JAVA_VERSION%") do (set "JAVA_MAJOR=%%a" & set "JAVA_MINOR=%%b")
if "%JAVA_MAJOR%"=="1" set "JAVA_MAJOR=%JAVA_MINOR%"
if not defined JAVA_MAJOR goto unknownVersion
set "JAVA_MAJOR_REST="
for /f "delims=0123456789" %%x in ("%JAVA_MAJOR%x") do set "JAVA_MAJOR_REST=%%x"
if not "%JAVA_MAJOR_REST%"=="x" goto unknownVersion
if %JAVA_MAJOR% LSS 17 goto tooOld

set "SELFEVAL_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
rem the workbench runs long: the optimising compiler pays for itself there, with a bounded heap
if /i "%~1"=="serve" set "SELFEVAL_OPTS=-XX:+UseSerialGC -Xmx768m -Xmn512m"
if defined SELFEVAL_JAVA_OPTS set "SELFEVAL_OPTS=%SELFEVAL_JAVA_OPTS%"
"%JAVA_EXE%" -Dfile.encoding=UTF-8 "-Dselfeval.rules.dir=%SELFEVAL_HOME%\rules" %SELFEVAL_OPTS% -jar "%SELFEVAL_HOME%\selfeval.jar" %*
set "SELFEVAL_EXIT=%ERRORLEVEL%"
goto end

:unknownVersion
>&2 echo selfeval：无法识别 %JAVA_EXE% 的版本（用 java -version 查看）。
goto howToInstall

:tooOld
>&2 echo selfeval：%JAVA_EXE% 是 Java %JAVA_VERSION%，版本太旧。
goto howToInstall

:howToInstall
>&2 echo selfeval 需要 Java 17 或更高版本（JDK 或 JRE 均可）。
>&2 echo 下载：https://adoptium.net/zh-CN/temurin/releases/ （Eclipse Temurin，选 17 或 21 版，Windows x64 的 .msi 安装包）。
>&2 echo 安装时把“Set JAVA_HOME variable”一项选为安装，安装程序即设好 JAVA_HOME；
>&2 echo 或手动设置：开始菜单搜索“编辑系统环境变量”→“环境变量”→ 新建变量 JAVA_HOME，值为 Java 的安装文件夹（其中有 bin\java.exe），
>&2 echo 例如 C:\Program Files\Eclipse Adoptium\jdk-17.0.15.6-hotspot。设好后关闭并重新打开命令提示符窗口（或重新双击运行）。
set "SELFEVAL_EXIT=9"

:end
if defined SELFEVAL_OLD_CP chcp %SELFEVAL_OLD_CP% >nul
endlocal & exit /b %SELFEVAL_EXIT%
