import ProgrammeCore

extension SmartCity {
  /// `smartcity edit-mou`: corrects a registered MoU.
  enum EditMoU: Command {
    static let commandName = "edit-mou"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .editMoUAbstract,
      discussion: .editMoUDiscussion,
      arguments: [ArgumentSpec(name: "id", help: .argumentMoUID)],
      options: [
        regency,
        date,
        cohort,
        .signatory, .office, .onBehalfOf, .venue,
        mode,
        .letter, .scope,
        area,
        .number, .confidence,
        source, .evidence,
        .note,
        clear,
        .dryRun,
      ])

    static let regency = OptionSpec("regency", value: "regency", help: .optionRegency)
    static let date = OptionSpec("date", value: "date", help: .optionSigningDate)
    static let cohort = OptionSpec("cohort", value: "cohort", help: .editMoUCohort)
    static let mode = OptionSpec("mode", value: "mode", help: .optionMode, values: SigningMode.allCases.map(\.rawValue))
    static let area = OptionSpec("area", value: "area", help: .editMoUArea)
    static let source = OptionSpec("source", value: "source", help: .editMoUSource, repeatable: true)
    static let clear = OptionSpec(
      "clear", value: "fields", help: .editMoUClear,
      values: MoUEdit.Field.allCases.map(\.rawValue), repeatable: true, list: true)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let id = arguments.positional(0), !id.trimmingWhitespace.isEmpty else { throw .usage(.missingArgument("<id>")) }
      var edit = MoUEdit()
      edit.regency = try arguments.text(Self.regency)
      edit.signedOn = try arguments.reportedDate(Self.date, today: context.today)
      edit.cohort = try arguments.text(Self.cohort)
      edit.signatoryName = try arguments.text(.signatory)
      edit.signatoryOffice = try arguments.text(.office)
      edit.onBehalfOf = try arguments.text(.onBehalfOf)
      edit.venue = try arguments.text(.venue)
      edit.mode = arguments.value(Self.mode).flatMap(SigningMode.init(rawValue:))
      edit.letter = try arguments.text(.letter)
      if arguments.value(.scope) != nil { edit.scope = try arguments.list(.scope, of: ScopePoint.self) }
      edit.area = try arguments.text(Self.area)
      edit.note = try arguments.text(.note)
      edit.number = try arguments.text(.number)
      edit.confidence = arguments.value(.confidence).flatMap(Confidence.init(rawValue:))
      edit.addedSources = try arguments.sources()
      edit.cleared = Set(try arguments.list(Self.clear, of: MoUEdit.Field.self))
      guard !edit.isEmpty else {
        throw .usage(.missingChange(spec.name))
      }
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      let change = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          try registry.edit(id.trimmingWhitespace, with: edit)
        }
      }
      let changed = MoU.fields.sorted().filter { change.before.jsonValue[$0] != change.after.jsonValue[$0] }
      var line = context.text(dryRun ? .wouldEdit : .edited, ["id": "\(change.before.id)"])
      if change.before.id != change.after.id { line += context.text(.renamedTo, ["id": "\(change.after.id)"]) }
      line +=
        ": "
        + (changed.isEmpty
          ? context.text(.nothingChanged) : context.text(.fieldsChanged, ["fields": .texts(changed.map(FieldSchema.snakeCase))]))
      line += context.sourcesAsStored(arguments)
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }
  }
}

// MARK: - Messages

extension Message {
  static let editMoUAbstract = Message(
    english: "Correct a registered MoU; the previous version goes to the journal.",
    indonesian: "Perbaiki nota kesepakatan yang tercatat; versi sebelumnya disimpan di jurnal.")
  static let editMoUDiscussion = Message(
    english:
      "Give only what changes; the rest is kept. A new --regency or --cohort gives the MoU a new id. --source adds a source to those cited; --clear empties a field. 'smartcity undo' takes the edit back.",
    indonesian:
      "Berikan hanya yang berubah; sisanya tetap. --regency atau --cohort yang baru memberi nota kesepakatan id baru. --source menambah sumber pada yang sudah dikutip; --clear mengosongkan kolom. 'smartcity undo' membatalkan perubahan ini."
  )
  static let editMoUCohort = Message(
    english: "The cohort id, e.g. 2021.",
    indonesian: "Id angkatan, misalnya 2021.")
  static let editMoUArea = Message(
    english: "The priority area named in the MoU.",
    indonesian: "Kawasan prioritas yang disebut dalam nota kesepakatan.")
  static let editMoUSource = Message(
    english: "Another source to cite: an address or a title.",
    indonesian: "Sumber tambahan yang dikutip: alamat web atau judul.")
  static let editMoUClear = Message(
    english: "Fields to empty, separated by commas.",
    indonesian: "Kolom yang dikosongkan, dipisahkan koma.")
}
