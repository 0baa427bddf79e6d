package dev.selfeval.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a realistic form on which the default rules find nothing: consistent funds, execution
 * of 90–100%, every target met (under 130%), full marks, two qualitative indicators of seven, and a
 * total that adds up. Names and targets carry the form's number, so no two forms share a project
 * or an indicator table unless a fault plants it.
 */
final class CleanForm {
    private static final List<String> TOPICS = List.of("社区老年助餐服务补贴", "城市网格化管理运行维护", "12345热线工作经费",
            "中小学校舍维修改造", "农村生活污水治理", "公共文化场馆免费开放", "困难群众临时救助", "河道保洁养护",
            "智慧城管平台运维", "道路桥梁日常养护", "社区卫生服务中心设备购置", "食品安全抽检", "消防设施维护保养",
            "全民健身设施更新", "政务服务大厅运行", "垃圾分类宣传推广");
    private static final List<String> PLACES = List.of("宝山区", "浦东新区", "闵行区", "嘉定区", "松江区", "青浦区",
            "奉贤区", "金山区", "崇明区", "徐汇区", "长宁区", "静安区");
    private static final List<String> DEPARTMENTS = List.of("区民政局", "区城市运行管理中心", "区教育局", "区生态环境局",
            "区文化和旅游局", "区水务局", "区卫生健康委员会", "区市场监督管理局", "区消防救援支队", "区体育局");
    private static final String[][] COUNT = {{"服务人次", "人次"}, {"维护次数", "次"}, {"培训场次", "场"},
            {"覆盖户数", "户"}, {"巡查次数", "次"}, {"完成项目数", "个"}};
    private static final String[][] QUALITY = {{"服务合格率"}, {"验收合格率"}, {"问题整改率"}, {"设备完好率"}};
    private static final String[][] COST = {{"人均服务成本", "元"}, {"单次维护成本", "元"}, {"每户补贴标准", "元"}};
    private static final String[][] SOCIAL = {{"群众办事便利度", "明显提升"}, {"公共服务水平", "有效提升"},
            {"城市运行安全", "平稳有序"}, {"环境质量", "持续改善"}};
    private static final String[][] LASTING = {{"长效管理机制", "健全"}, {"运维保障制度", "建立完善"},
            {"项目管理规范化", "规范运行"}};

    private CleanForm() {
    }

    static FormSpec build(int seq, SplittableRandom r) {
        FormSpec f = new FormSpec();
        String place = pick(r, PLACES);
        f.projectName = place + pick(r, TOPICS) + "（" + (20230000 + seq) + "）";
        f.department = "上海市" + place + pick(r, DEPARTMENTS);
        f.unit = "上海市" + place + pick(r, DEPARTMENTS).replace("局", "事务中心");
        BigDecimal budget = BigDecimal.valueOf(50_000 + r.nextInt(4_950_000)).setScale(2, RoundingMode.UNNECESSARY);
        f.initialBudget = budget.toPlainString();
        f.annualBudget = budget.toPlainString();
        f.subInitial = budget.toPlainString();
        f.subAnnual = budget.toPlainString();
        BigDecimal share = BigDecimal.valueOf(9000 + r.nextInt(1001), 4);
        spend(f, budget.multiply(share).setScale(2, RoundingMode.HALF_UP));
        f.expectedGoal = "按计划完成" + f.projectName + "年度任务";
        f.actualGoal = "已按计划完成年度任务";
        String[] count = COUNT[r.nextInt(COUNT.length)];
        int n = 1000 + seq;
        int got = n + r.nextInt(n / 4 + 1);
        f.rows.add(new FormSpec.Row("产出指标", "数量指标", count[0], ">=" + n + count[1], got + count[1], 20, bd(20)));
        int q = 90 + r.nextInt(8);
        f.rows.add(new FormSpec.Row(null, "质量指标", QUALITY[r.nextInt(QUALITY.length)][0], ">=" + q + "%",
                (q + r.nextInt(100 - q + 1)) + "%", 10, bd(10)));
        f.rows.add(new FormSpec.Row(null, "时效指标", "按时完成率", "=100%", "100%", 10, bd(10)));
        String[] cost = COST[r.nextInt(COST.length)];
        int limit = 20 + r.nextInt(200);
        f.rows.add(new FormSpec.Row(null, "成本指标", cost[0], "<=" + limit + cost[1],
                (limit - r.nextInt(limit / 4 + 1)) + cost[1], 10, bd(10)));
        String[] social = SOCIAL[r.nextInt(SOCIAL.length)];
        f.rows.add(new FormSpec.Row("效益指标", "社会效益指标", social[0], social[1], social[1], 20, bd(20)));
        String[] lasting = LASTING[r.nextInt(LASTING.length)];
        f.rows.add(new FormSpec.Row(null, "可持续影响指标", lasting[0], lasting[1], lasting[1], 10, bd(10)));
        int s = 85 + r.nextInt(11);
        f.rows.add(new FormSpec.Row("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=" + s + "%",
                (s + r.nextInt(100 - s + 1)) + "%", 10, bd(10)));
        total(f);
        return f;
    }

    /** Sets the executed amount and the stated rate and score that go with it (weight 10). */
    static void spend(FormSpec f, BigDecimal executed) {
        BigDecimal budget = new BigDecimal(f.annualBudget);
        f.executed = executed.toPlainString();
        f.subExecuted = f.executed;
        BigDecimal rate = budget.signum() == 0 ? BigDecimal.ZERO
                : executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
        f.rate = rate.toPlainString() + "%";
        f.budgetScore = BigDecimal.TEN.multiply(rate.min(BigDecimal.valueOf(100)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The stated total: budget score plus every indicator score. */
    static void total(FormSpec f) {
        BigDecimal sum = new BigDecimal(f.budgetScore);
        for (FormSpec.Row row : f.rows) {
            sum = sum.add(new BigDecimal(row.score));
        }
        f.totalScore = sum.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }

    private static String pick(SplittableRandom r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
