package dev.selfeval.model;

import java.math.BigDecimal;

/** The form's total as stated and as recomputed from the recomputed item scores, and the grade (等级). */
public record FormScore(BigDecimal stated, BigDecimal recomputed, String grade, String statedGrade, String formula,
                        RuleRef rule) {
}
