package dev.selfeval.cli;

import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command line that cannot be taken is told in Chinese in one line, with the closest option or command. */
class UsageErrorsTest {
    private static void usage(String expected, String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals(expected + "\n", r.err());
    }

    @Test
    void anUnknownOptionNamesTheClosestInsteadOfTheWholeUsage() {
        usage("selfeval audit: 未知选项「--formt」；您是否要写 --format（selfeval audit --help 列出全部选项）",
                "audit", "--formt", "json", Fixtures.SEED.toString());
        usage("selfeval audit: 未知选项「--no-progres」；您是否要写 --no-progress（selfeval audit --help 列出全部选项）",
                "audit", "--no-progres", Fixtures.SEED.toString());
    }

    @Test
    void anUnknownCommandNamesTheClosest() {
        usage("selfeval: 未知命令「audti」；您是否要写 audit（可用命令：audit、explain、convert、gen、bench、rules、runs、history、serve、users）", "audti", "x");
        usage("selfeval: 缺少命令（可用命令：audit、explain、convert、gen、bench、rules、runs、history、serve、users）");
    }

    @Test
    void theWorkbenchStaysOnThisMachineAndWantsAStrongToken() {
        usage("selfeval serve: 不能绑定到 0.0.0.0：用令牌的工作台只供本机使用（127.0.0.1）；多人共用请加 --team，用户登录并按角色授权",
                "serve", "--host", "0.0.0.0");
        usage("selfeval serve: 多人模式绑定到 0.0.0.0 时，请用 --public-host 给出用户访问本工作台所用的主机名"
                + "（如 --public-host audit.example.gov.cn），以便检查请求的 Host 头", "serve", "--team", "--host", "0.0.0.0");
        usage("selfeval serve: 令牌太短（至少 16 个字符），容易被猜中", "serve", "--token", "short");
    }

    @Test
    void aValueOfTheWrongKindSaysWhatItShouldBe() {
        usage("selfeval audit: --threads 的值「x」不可用：应为整数（selfeval audit --help 列出全部选项）",
                "audit", "--threads", "x", Fixtures.SEED.toString());
        usage("selfeval audit: --fail-on 的值「errors」不可用：可用 error、warning、none（selfeval audit --help 列出全部选项）",
                "audit", "--fail-on", "errors", Fixtures.SEED.toString());
        usage("selfeval gen: 缺少 --forms（selfeval gen --help 列出全部选项）", "gen", "--out", "x");
        usage("selfeval audit: 不认识的 --format「htm」；您是否要写 html；可用：text、json、jsonl、csv、html、xlsx、junit、sarif",
                "audit", "--format", "htm", Fixtures.SEED.toString());
    }

    @Test
    void anItemThatMatchesNothingListsTheItems() {
        CliRun r = CliRun.run("explain", Fixtures.SEED.toString(), "--form", "5", "--item", "不存在");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().startsWith("selfeval explain: 000_01ee96ef31214bdb.txt#5 中没有与 --item「不存在」相符的项；可写序号、名称的一部分或「预算」：\n"
                + "  预算  预算执行率\n  1  系统维护数量\n  2  系统维护次数\n"), r.err());
    }

    @Test
    void helpIsInChineseWithTheFlagsInEnglish() {
        CliRun r = CliRun.run("audit", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("用法：selfeval audit [-hV]"), r.out());
        assertTrue(r.out().contains("按规则审核自评表：重算每项得分并逐条检查。"), r.out());
        assertTrue(r.out().contains("--fail-on=LEVEL"), r.out());
        assertTrue(r.out().contains("有达到 LEVEL 的发现时退出码为 1"), r.out());
    }

    @Test
    void eachCommandsHelpListsItsOwnExitCodes() {
        String gen = CliRun.run("gen", "--help").out();
        assertTrue(gen.endsWith("退出码：\n  0  正常\n  2  命令用法有误\n"), gen);
        String check = CliRun.run("rules", "check", "--help").out();
        assertTrue(check.contains("退出码：\n  0  规则无误，用例全部通过\n  4  规则有误，或有用例失败\n"), check);
        assertTrue(!check.contains("内存不足"), "no code rules check never gives");
        String audit = CliRun.run("audit", "--help").out();
        assertTrue(audit.contains("  6  内存不足"), audit);
    }
}
