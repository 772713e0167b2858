import ProgrammeCore

/// `smartcity edit-mou`: corrects a registered MoU.
enum EditMoUCommand: Command {
  static let spec = CommandSpec(
    name: "edit-mou",
    abstract: .editMoUAbstract,
    discussion: .editMoUDiscussion,
    arguments: [ArgumentSpec(name: "id", help: .argumentMoUID)],
    options: [
      OptionSpec("regency", value: "regency", help: .optionRegency),
      OptionSpec("date", value: "date", help: .optionSigningDate),
      OptionSpec("cohort", value: "cohort", help: .editMoUCohort),
      .signatory, .office, .onBehalfOf, .venue,
      OptionSpec("mode", value: "mode", help: .optionMode, values: SigningMode.allCases.map(\.rawValue)),
      .letter, .scope,
      OptionSpec("area", value: "area", help: .editMoUArea),
      .number, .confidence,
      OptionSpec("source", value: "source", help: .editMoUSource, repeatable: true), .evidence,
      .note,
      OptionSpec(
        "clear", value: "fields", help: .editMoUClear,
        values: MoUEdit.Field.allCases.map(\.rawValue), repeatable: true, list: true),
      .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let id = arguments.positional(0), !id.trimmingWhitespace.isEmpty else { throw .usage(.missingArgument("<id>")) }
    var edit = MoUEdit()
    edit.regency = try arguments.text("regency")
    edit.signedOn = try arguments.reportedDate("date", today: context.today)
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
    edit.number = try arguments.text("number")
    edit.confidence = arguments.value("confidence").flatMap(Confidence.init(rawValue:))
    edit.addedSources = try arguments.sources()
    edit.cleared = Set(try arguments.list("clear", of: MoUEdit.Field.self))
    guard !edit.isEmpty else {
      throw .usage(.missingChange(spec.name))
    }
    let store = try context.store(arguments)
    let dryRun = arguments.flag("dry-run")
    let change = try attempt { () throws(ProgrammeError) in
      try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
        try registry.edit(id.trimmingWhitespace, with: edit)
      }
    }
    let changed = MoU.fields.sorted().filter { change.before.jsonValue[$0] != change.after.jsonValue[$0] }
    var line = context.text(dryRun ? .wouldEdit : .edited, ["id": "\(change.before.id)"])
    if change.before.id != change.after.id { line += context.text(.renamedTo, ["id": "\(change.after.id)"]) }
    line += ": " + (changed.isEmpty ? context.text(.nothingChanged) : context.text(.fieldsChanged, ["fields": .texts(changed)]))
    if dryRun { line += context.text(.dryRunSuffix) }
    context.standardOutput.writeLine(line)
  }
}
