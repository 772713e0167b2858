import ProgrammeCore

/// `smartcity edit-mou`: corrects a registered MoU.
enum EditMoUCommand: Command {
  static let spec = CommandSpec(
    name: "edit-mou",
    abstract: "Correct a registered MoU; the previous version goes to the journal.",
    discussion: """
      Give only what changes; the rest is kept. A new --regency or --cohort gives the MoU a new \
      id. --source adds a source to those cited; --clear empties a field. 'smartcity undo' \
      takes the edit back.
      """,
    arguments: [ArgumentSpec(name: "id", help: "The MoU's id, e.g. mou-2021-53.19.")],
    options: [
      OptionSpec("regency", value: "regency", help: "Kemendagri code (53.19) or name of the regency or city."),
      OptionSpec("date", value: "date", help: "Signing date: 2021-05-20, 20/05/2021 or \"20 Mei 2021\"."),
      OptionSpec("cohort", value: "cohort", help: "The cohort id, e.g. 2021."),
      .signatory, .office, .onBehalfOf, .venue,
      OptionSpec("mode", value: "mode", help: "How it was signed.", values: SigningMode.allCases.map(\.rawValue)),
      .letter, .scope,
      OptionSpec("area", value: "area", help: "The priority area named in the MoU."),
      OptionSpec("source", value: "source", help: "Another source to cite: an address or a title."),
      .note,
      OptionSpec(
        "clear", value: "fields", help: "Fields to empty, separated by commas.",
        values: MoUEdit.Field.allCases.map(\.rawValue)),
      .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let id = arguments.positional(0), !id.trimmingWhitespace.isEmpty else { throw .usage(.missingArgument("<id>")) }
    var edit = MoUEdit()
    edit.regency = try arguments.text("regency")
    edit.signedOn = try arguments.date("date", today: context.today)
    edit.cohort = try arguments.text("cohort")
    edit.signatoryName = try arguments.text("signatory")
    edit.signatoryOffice = try arguments.text("office")
    edit.onBehalfOf = try arguments.text("on-behalf-of")
    edit.venue = try arguments.text("venue")
    edit.mode = arguments.value("mode").flatMap(SigningMode.init(rawValue:))
    edit.letter = try arguments.text("letter")
    if arguments.value("scope") != nil { edit.scope = try arguments.list("scope", of: ScopePoint.self) }
    edit.area = try arguments.text("area")
    edit.note = try arguments.text("note")
    edit.addedSources = try arguments.sources()
    edit.cleared = Set(try arguments.list("clear", of: MoUEdit.Field.self))
    guard !edit.isEmpty else {
      throw .usage(.missingArgument("an option saying what to change (see 'smartcity edit-mou --help')"))
    }
    let store = try context.store(arguments)
    let dryRun = arguments.flag("dry-run")
    let change = try attempt { () throws(ProgrammeError) in
      try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
        try registry.edit(id.trimmingWhitespace, with: edit)
      }
    }
    let changed = MoU.fields.sorted().filter { change.before.jsonValue[$0] != change.after.jsonValue[$0] }
    let what = changed.isEmpty ? "nothing changed" : "changed " + changed.joined(separator: ", ")
    let renamed = change.before.id == change.after.id ? "" : " (now \(change.after.id))"
    context.standardOutput.writeLine(
      "\(dryRun ? "Would edit" : "Edited") \(change.before.id)\(renamed): \(what)\(dryRun ? "; dry run, nothing written" : "")")
  }
}
