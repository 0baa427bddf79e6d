package dev.selfeval.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which project a form is about, from its header. */
class FormKeyTest {
    @Test
    void aCodeNamesTheProjectElseTheDepartmentAndTheNameFolded() {
        assertEquals("编码 51000021R000000019951",
                FormKey.of(new Header("51000021R000000019951-工资性支出", "青神县发展和改革局本级", null, 2023, "51000021R000000019951")));
        assertEquals("上海市宝山区城市运行管理中心/城运着装更换",
                FormKey.of(new Header("城运 着装更换", "上海市宝山区城市运行管理中心", "某中心", 2023)), "spaces aside, the unit left out");
        assertEquals(FormKey.of(new Header("城运着装更换", "上海市宝山区城市运行管理中心", null, 2022)),
                FormKey.of(new Header("城运着装更换（）", "上海市宝山区城市运行管理中心", "补填的实施单位", 2023)), "the same project a year later");
    }

    @Test
    void aFormWithoutANameIsNoProjectToMatch() {
        assertEquals("", FormKey.of(new Header(null, "某局", "某中心", 2023)), "two half-read forms of one department are not one project");
        assertEquals("", FormKey.of(new Header("  ", "某局", null, 2023)));
        assertEquals("", FormKey.of(null));
    }
}
