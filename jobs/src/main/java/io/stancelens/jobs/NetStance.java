package io.stancelens.jobs;

import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A speaker's net stance from counts of relevant statements (columns favor, against, relevant_statements):
 * the posterior mean of P(favor) - P(against) under a Dirichlet(1,1,1) prior, (favor - against) / (n + 3),
 * with a 95% normal-approximation interval, its label and whether the interval excludes 0. One rule for
 * {@code speaker_stance} and {@code speaker_stance_trend}.
 */
final class NetStance {

  private NetStance() {}

  static Dataset<Row> add(Dataset<Row> counts) {
    return counts
        .withColumn("_a0", expr("cast(relevant_statements + 3 as double)"))
        .withColumn("net_score", expr("(favor - against) / _a0"))
        .withColumn("_var", expr("((favor + 1) * (_a0 - favor - 1) + (against + 1) * (_a0 - against - 1)"
            + " + 2 * (favor + 1) * (against + 1)) / (_a0 * _a0 * (_a0 + 1))"))
        .withColumn("net_low", expr("greatest(-1.0, net_score - 1.959964 * sqrt(_var))"))
        .withColumn("net_high", expr("least(1.0, net_score + 1.959964 * sqrt(_var))"))
        .withColumn("stance", expr("case when net_score > 0.1 then 'FAVOR' when net_score < -0.1 then 'AGAINST'"
            + " else 'NEUTRAL' end"))
        .withColumn("decided", expr("net_low > 0 or net_high < 0"))
        .drop("_a0", "_var");
  }
}
