package dev.selfeval.cli;

import dev.selfeval.store.Shown;
import dev.selfeval.store.Database;
import dev.selfeval.store.Passwords;
import dev.selfeval.store.Role;
import dev.selfeval.store.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Console;
import java.io.IOException;
import java.util.concurrent.Callable;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = "管理多人模式（serve --team）的用户：列出用户；users set 姓名 --role 角色 新增或修改一个用户。"
                + "角色：viewer 查看、auditor 审核、rule_owner 规则管理、admin 管理员（后者可做前者能做的一切）。",
        subcommands = UsersCommand.Set.class)
final class UsersCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        try {
            Database d = db.open();
            var users = new Users(d).list();
            if (users.isEmpty()) {
                System.out.println("数据库 " + d.name() + " 中还没有用户；用 selfeval users set 姓名 --role admin 新增管理员");
                return ExitCodes.OK;
            }
            System.out.println("姓名\t角色\t状态\t建立时间");
            for (Users.User u : users) {
                Role r = Role.named(u.role());
                System.out.println(u.name() + "\t" + (r == null ? u.role() : r.chinese()) + "\t" + (u.disabled() ? "已停用" : "可用") + "\t"
                        + Shown.time(u.createdAt()));
            }
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            return RunsCommand.unreadable(db, e);
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "新增用户或修改其角色、密码、停用与否。密码从终端输入两次，或（供脚本使用）取环境变量 SELFEVAL_PASSWORD；至少 "
                    + Passwords.SHORTEST + " 个字符。")
    static final class Set implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "登录名。")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer、auditor、rule_owner 或 admin。")
        String role;

        @Option(names = "--disable", description = "停用此用户（不能再登录）。")
        boolean disable;

        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            Role r = Role.named(role);
            if (r == null || name.isBlank() || name.length() > Users.LONGEST_NAME) {
                System.err.println("selfeval users set: 角色应为 viewer、auditor、rule_owner 或 admin，姓名不能为空或超过 80 个字符");
                return ExitCodes.USAGE;
            }
            String password = password();
            if (password == null) {
                return ExitCodes.USAGE;
            }
            try {
                Users users = new Users(db.open());
                String hash = Passwords.hash(password);
                boolean added = users.save(name, hash, r.key(), disable);
                String detail = name + "：" + r.chinese() + (disable ? "，已停用" : "");
                users.log(System.getProperty("user.name"), "命令行", added ? "user-added" : "user-changed", detail);
                System.err.println((added ? "已新增用户 " : "已修改用户 ") + name + "（" + r.chinese() + (disable ? "，已停用" : "") + "）");
                return ExitCodes.OK;
            } catch (IOException | RuntimeException e) {
                return RunsCommand.unreadable(db, e);
            }
        }

        private static String password() {
            String given = System.getenv("SELFEVAL_PASSWORD");
            Console console = System.console();
            if (given == null && console != null) {
                char[] one = console.readPassword("密码：");
                char[] two = console.readPassword("再输入一次：");
                if (one == null || two == null || !new String(one).equals(new String(two))) {
                    System.err.println("selfeval users set: 两次输入的密码不同");
                    return null;
                }
                given = new String(one);
            }
            if (given == null) {
                System.err.println("selfeval users set: 没有密码：请在终端运行，或设环境变量 SELFEVAL_PASSWORD");
                return null;
            }
            if (given.length() < Passwords.SHORTEST) {
                System.err.println("selfeval users set: 密码至少 " + Passwords.SHORTEST + " 个字符");
                return null;
            }
            return given;
        }
    }
}
