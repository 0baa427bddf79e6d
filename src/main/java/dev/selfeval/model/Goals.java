package dev.selfeval.model;

/** 年度总体目标: what was planned (预期目标) and what was done (实际完成情况); either may be null. */
public record Goals(String expected, String actual, int line) {
}
