import ProgrammeCore

/// `smartcity add-mou`: registers a signed MoU.
enum AddMoUCommand: Command {
  static let spec = CommandSpec(
    name: "add-mou",
    abstract: "Register a signed MoU (nota kesepakatan) of a regency or city.",
    discussion: """
      The cohort is inferred from the date's year when one cohort signs in that year. A region \
      signs at most one MoU per cohort. The MoU joins the cohort's signing ceremony held that day, \
      if the store has one.
      """,
    options: [
      .regency,
      OptionSpec("date", value: "date", help: "Signing date: 2021-05-20, 20/05/2021 or \"20 Mei 2021\".", required: true),
      OptionSpec("cohort", value: "cohort", help: "The cohort id, e.g. 2021. (default: the cohort signing in the date's year)"),
      .signatory, .office, .onBehalfOf, .venue,
      OptionSpec("mode", value: "mode", help: "How it was signed.", values: SigningMode.allCases.map(\.rawValue), defaultValue: "the ceremony's"),
      .letter, .scope,
      OptionSpec("area", value: "area", help: "The priority area named in the MoU, e.g. \"KPPN Labuan Bajo\"."),
      .source, .note, .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let regency = try arguments.text("regency"), let date = try arguments.date("date", today: context.today)
    else { throw .usage(.missingArgument("--regency <regency>")) }
    let name = try arguments.text("signatory")
    let office = try arguments.text("office")
    let onBehalfOf = try arguments.text("on-behalf-of")
    let signatory = name == nil && office == nil && onBehalfOf == nil
      ? nil : Signatory(name: name, office: office, onBehalfOf: onBehalfOf)
    let request = MoURequest(
      regency: regency, signedOn: date, cohort: try arguments.text("cohort"), signatory: signatory,
      venue: try arguments.text("venue"), mode: arguments.value("mode").flatMap(SigningMode.init(rawValue:)),
      letter: try arguments.text("letter"), scope: try arguments.list("scope", of: ScopePoint.self),
      area: try arguments.text("area"), sources: try arguments.sources(),
      note: try arguments.text("note"))
    let store = try context.store(arguments)
    let dryRun = arguments.flag("dry-run")
    let (mou, regencyName) = try attempt { () throws(ProgrammeError) in
      try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
        let mou = try registry.register(request)
        return (mou, registry.regency(code: mou.regency)?.officialName ?? mou.regency)
      }
    }
    let verb = dryRun ? "Would register" : "Registered"
    var line = "\(verb) \(mou.id): \(regencyName.escapingControlCharacters), cohort \(mou.cohort), signed \(mou.signedOn)"
    if mou.sources.isEmpty { line += " (unsourced)" }
    if dryRun { line += "; dry run, nothing written" }
    context.standardOutput.writeLine(line)
  }
}
