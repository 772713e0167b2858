import ProgrammeCore

/// `smartcity add-mou`: registers a signed MoU.
enum AddMoUCommand: Command {
  static let spec = CommandSpec(
    name: "add-mou",
    abstract: .addMoUAbstract,
    discussion: .addMoUDiscussion,
    options: [
      .regency,
      OptionSpec("date", value: "date", help: .optionSigningDate, required: true),
      OptionSpec("cohort", value: "cohort", help: .addMoUCohort),
      .signatory, .office, .onBehalfOf, .venue,
      OptionSpec(
        "mode", value: "mode", help: .optionMode, values: SigningMode.allCases.map(\.rawValue),
        defaultValue: .phrase(Phrase(.defaultCeremonyMode))),
      .letter, .scope,
      OptionSpec("area", value: "area", help: .addMoUArea),
      .number, .confidence, .source, .evidence, .note, .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let regency = try arguments.text("regency"), let date = try arguments.reportedDate("date", today: context.today)
    else { throw .usage(.missingArgument("--regency <regency>")) }
    let name = try arguments.text("signatory")
    let office = try arguments.text("office")
    let onBehalfOf = try arguments.text("on-behalf-of")
    let signatory =
      name == nil && office == nil && onBehalfOf == nil
      ? nil : Signatory(name: name, office: office, onBehalfOf: onBehalfOf)
    let request = MoURequest(
      regency: regency, signedOn: date, cohort: try arguments.text("cohort"), signatory: signatory,
      venue: try arguments.text("venue"), mode: arguments.value("mode").flatMap(SigningMode.init(rawValue:)),
      letter: try arguments.text("letter"), scope: try arguments.list("scope", of: ScopePoint.self),
      area: try arguments.text("area"), number: try arguments.text("number"),
      confidence: arguments.value("confidence").flatMap(Confidence.init(rawValue:)), sources: try arguments.sources(),
      note: try arguments.text("note"))
    let store = try context.store(arguments)
    let dryRun = arguments.flag("dry-run")
    let (mou, regencyName, warnings) = try attempt { () throws(ProgrammeError) in
      try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
        let mou = try registry.register(request)
        return (
          mou, registry.regency(code: mou.regency)?.officialName ?? mou.regency, registry.overfullCohortWarnings([mou.cohort])
        )
      }
    }
    for warning in warnings { context.standardError.writeLine("Warning: " + warning.text(in: context.language)) }
    var line = context.text(
      dryRun ? .wouldRegisterMoU : .registeredMoU,
      [
        "id": "\(mou.id)", "region": "\(regencyName.escapingControlCharacters)", "cohort": "\(mou.cohort)",
        "date": .date(mou.signedOn),
      ])
    if mou.sources.isEmpty { line += context.text(.unsourcedSuffix) }
    if dryRun { line += context.text(.dryRunSuffix) }
    context.standardOutput.writeLine(line)
  }
}
