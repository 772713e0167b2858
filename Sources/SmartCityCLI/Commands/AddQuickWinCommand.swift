import ProgrammeCore

/// `smartcity add-quickwin`: records a quick win under one of the six pillars.
enum AddQuickWinCommand: Command {
  static let spec = CommandSpec(
    name: "add-quickwin",
    abstract: "Record a quick win of a region under one of the six pillars.",
    options: [
      .regency,
      OptionSpec("pillar", value: "pillar", help: "The pillar it serves.", required: true, values: Pillar.allCases.map(\.rawValue)),
      OptionSpec("title", value: "title", help: "What the quick win is, e.g. \"Aplikasi layanan perizinan\".", required: true),
      OptionSpec("status", value: "status", help: "Where it stands.", values: QuickWinStatus.allCases.map(\.rawValue), defaultValue: "planned"),
      OptionSpec("start", value: "date", help: "When it started."),
      OptionSpec("end", value: "date", help: "When it ended."),
      OptionSpec("cohort", value: "cohort", help: "The cohort of the membership. (default: the region's only or latest MoU)"),
      .source, .note, .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let regency = try arguments.text("regency"), let title = try arguments.text("title"),
      let pillar = arguments.value("pillar").flatMap(Pillar.init(rawValue:))
    else { throw .usage(.missingArgument("--regency <regency>")) }
    guard !QuickWin.slug(title).isEmpty else {
      throw .usage(.invalidValue(title.quotedInMessage, option: "--title <title>", reason: "needs letters or digits"))
    }
    let request = QuickWinRequest(
      regency: regency, cohort: try arguments.text("cohort"), pillar: pillar, title: title,
      status: arguments.value("status").flatMap(QuickWinStatus.init(rawValue:)) ?? .planned,
      start: try arguments.date("start", today: context.today), end: try arguments.date("end", today: context.today),
      sources: try arguments.sources(), note: try arguments.text("note"))
    let store = try context.store(arguments)
    let dryRun = arguments.flag("dry-run")
    let (quickWin, name) = try attempt { () throws(ProgrammeError) in
      try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
        let quickWin = try registry.record(request)
        return (quickWin, registry.regency(code: quickWin.regency)?.officialName ?? quickWin.regency)
      }
    }
    var line = "\(dryRun ? "Would record" : "Recorded") \(quickWin.id): \(name.escapingControlCharacters), "
      + "\(quickWin.pillar.name), \(quickWin.status.rawValue)"
    if quickWin.sources.isEmpty { line += " (unsourced)" }
    if dryRun { line += "; dry run, nothing written" }
    context.standardOutput.writeLine(line)
  }
}
