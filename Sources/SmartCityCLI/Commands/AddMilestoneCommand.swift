import ProgrammeCore

/// `smartcity add-milestone`: records a step after the signing.
enum AddMilestoneCommand: Command {
  static let spec = CommandSpec(
    name: "add-milestone",
    abstract: "Record a milestone after the signing: a Bimtek session, the masterplan, an evaluation.",
    discussion: """
      The milestone belongs to the region's MoU in --cohort, or to its only MoU, or to the latest \
      signed before the date. A milestone before the MoU, or a Bimtek session whose predecessor is \
      not recorded, is stored with a warning; the same milestone twice is refused.
      """,
    options: [
      .regency,
      OptionSpec("kind", value: "kind", help: "What happened.", required: true, values: MilestoneKind.allCases.map(\.rawValue)),
      OptionSpec("date", value: "date", help: "The (first) day: 2021-06-21, 21/06/2021 or \"21 Juni 2021\".", required: true),
      OptionSpec("until", value: "date", help: "The last day, for a milestone over several days."),
      OptionSpec("cohort", value: "cohort", help: "The cohort of the membership. (default: see above)"),
      OptionSpec("regulation", value: "number", help: "The local regulation adopting the masterplan, e.g. a Perbup number."),
      .source, .note, .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let regency = try arguments.text("regency"), let date = try arguments.date("date", today: context.today),
      let kind = arguments.value("kind").flatMap(MilestoneKind.init(rawValue:))
    else { throw .usage(.missingArgument("--regency <regency>")) }
    let until = try arguments.date("until", today: context.today)
    if let until, until < date {
      throw .usage(.invalidValue(until.description, option: "--until <date>", reason: "ends before --date \(date)"))
    }
    let request = MilestoneRequest(
      regency: regency, cohort: try arguments.text("cohort"), kind: kind, date: date, until: until,
      regulation: try arguments.text("regulation"), sources: try arguments.sources(),
      note: try arguments.text("note"))
    let store = try context.store(arguments)
    let dryRun = arguments.flag("dry-run")
    let (milestone, warnings, name) = try attempt { () throws(ProgrammeError) in
      try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
        let (milestone, warnings) = try registry.record(request)
        return (milestone, warnings, registry.regency(code: milestone.regency)?.officialName ?? milestone.regency)
      }
    }
    for warning in warnings { context.standardError.writeLine("Warning: " + warning) }
    var line = "\(dryRun ? "Would record" : "Recorded") \(milestone.id): \(name.escapingControlCharacters), "
      + "\(milestone.kind.title), \(milestone.date)"
    if let until = milestone.until { line += " to \(until)" }
    if milestone.sources.isEmpty { line += " (unsourced)" }
    if dryRun { line += "; dry run, nothing written" }
    context.standardOutput.writeLine(line)
  }
}
