import ProgrammeCore

extension SmartCity {
  /// `smartcity add-cohort`: a new intake of the programme.
  enum AddCohort: Command {
    static let commandName = "add-cohort"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .addCohortAbstract,
      options: [
        id,
        title,
        years,
        announcedSize,
        track,
        .source, .evidence, .note, .dryRun,
      ])

    static let id = OptionSpec("id", value: "id", help: .addCohortID, required: true)
    static let title = OptionSpec("title", value: "title", help: .addCohortTitle, required: true)
    static let years = OptionSpec("years", value: "years", help: .addCohortYears, required: true)
    static let announcedSize = OptionSpec("announced-size", value: "n", help: .addCohortSize, required: true)
    static let track = OptionSpec("track", value: "track", help: .addCohortTrack)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let id = try arguments.text(Self.id), let title = try arguments.text(Self.title),
        let yearsText = try arguments.text(Self.years), let sizeText = try arguments.text(Self.announcedSize)
      else { throw .usage(.missingArgument("--id <id> --title <title> --years <years> --announced-size <n>")) }
      var years: [Int] = []
      for part in yearsText.split(separator: ",").map({ String($0).trimmingWhitespace }) {
        guard part.count == 4, let year = Int(part), Cohort.possibleYears.contains(year) else {
          throw .usage(.invalidValue(yearsText.quotedInMessage, option: "--years <years>", reason: Phrase(.expectedYears)))
        }
        years.append(year)
      }
      guard let size = Int(sizeText), size >= 0 else {
        throw .usage(.invalidValue(sizeText.quotedInMessage, option: "--announced-size <n>", reason: Phrase(.expectedCount)))
      }
      let cohort = Cohort(
        id: id, title: title, track: try arguments.text(Self.track), years: years, announcedSize: size,
        sources: try arguments.sources(), note: try arguments.text(.note))
      try AddRecord.add(
        cohort, describedAs: Phrase(.describeCohort, ["id": "\(id)", "count": .number(size)]), arguments, context)
    }
  }
}

// MARK: - Messages

extension Message {
  static let expectedYears = Message(
    english: "expected years such as 2024,2025",
    indonesian: "seharusnya tahun seperti 2024,2025")
  static let expectedCount = Message(
    english: "expected a whole number, 0 or more",
    indonesian: "seharusnya bilangan bulat, 0 atau lebih")
  static let addCohortAbstract = Message(
    english: "Add a cohort: a new intake of the programme.",
    indonesian: "Tambahkan angkatan: penerimaan peserta baru dalam program.")
  static let addCohortID = Message(
    english: "The cohort's id, e.g. 2025.",
    indonesian: "Id angkatan, misalnya 2025.")
  static let addCohortTitle = Message(
    english: "Its name, e.g. \"Gerakan Menuju Smart City 2025\".",
    indonesian: "Namanya, misalnya \"Gerakan Menuju Smart City 2025\".")
  static let addCohortYears = Message(
    english: "The years its members sign in, separated by commas.",
    indonesian: "Tahun-tahun anggotanya menandatangani, dipisahkan koma.")
  static let addCohortSize = Message(
    english: "The number of members announced.",
    indonesian: "Jumlah anggota yang diumumkan.")
  static let addCohortTrack = Message(
    english: "The priority track, e.g. KPPN/IKN.",
    indonesian: "Jalur prioritas, misalnya KPPN/IKN.")
  static let describeCohort = Message(
    english: "cohort {id} ({count} announced)",
    indonesian: "angkatan {id} ({count} diumumkan)")
}
