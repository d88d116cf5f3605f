package io.stancelens.cli;

import io.stancelens.tables.TablesMarkdown;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "tables", mixinStandardHelpOptions = true,
    description = "Print every output table's columns and their meaning (Markdown, as in the README).")
final class TablesCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.out.print(TablesMarkdown.render());
    return 0;
  }
}
