import ProgrammeCore

extension SmartCity {
  /// `smartcity add-letter`: a selection letter.
  enum AddLetter: Command {
    static let commandName = "add-letter"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .addLetterAbstract,
      options: [
        number,
        date,
        cohort,
        issuer,
        subject,
        regencies,
        .source, .evidence, .note, .dryRun,
      ])

    static let number = OptionSpec("number", value: "number", help: .addLetterNumber, required: true)
    static let date = OptionSpec("date", value: "date", help: .addLetterDate, required: true)
    static let cohort = OptionSpec("cohort", value: "cohort", help: .addLetterCohort, required: true)
    static let issuer = OptionSpec("issuer", value: "issuer", help: .addLetterIssuer)
    static let subject = OptionSpec("subject", value: "text", help: .addLetterSubject)
    static let regencies = OptionSpec("regencies", value: "regions", help: .addLetterRegencies)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let number = try arguments.text(Self.number), let date = try arguments.date(Self.date, today: context.today),
        let cohort = try arguments.text(Self.cohort)
      else { throw .usage(.missingArgument("--number <number> --date <date> --cohort <cohort>")) }
      let names = (try arguments.text(Self.regencies) ?? "").split(separator: ",").map { String($0).trimmingWhitespace }
        .filter { !$0.isEmpty }
      let store = try context.store(arguments)
      // Names are resolved against the store's regions before the letter is added.
      let codes = try attempt { () throws(ProgrammeError) in
        let reference = try store.load()
        let resolver = RegencyResolver(regencies: reference.regencies, provinces: reference.provinces)
        var codes: [String] = []
        for name in names { codes.append(try resolver.resolve(name).code) }
        return codes
      }
      let letter = SelectionLetter(
        number: number, date: date, issuer: try arguments.text(Self.issuer), subject: try arguments.text(Self.subject),
        cohort: cohort, regencies: codes, sources: try arguments.sources(), note: try arguments.text(.note))
      try AddRecord.add(
        letter, describedAs: Phrase(.describeLetter, ["number": "\(number)", "count": .number(codes.count)]), arguments, context)
    }
  }
}

// MARK: - Messages

extension Message {
  static let addLetterAbstract = Message(
    english: "Add a selection letter that named regions for a cohort.",
    indonesian: "Tambahkan surat penetapan yang menyebut daerah-daerah untuk suatu angkatan.")
  static let addLetterNumber = Message(
    english: "The letter's number, e.g. B-160/DJAI/AI.03.02/2024.",
    indonesian: "Nomor surat, misalnya B-160/DJAI/AI.03.02/2024.")
  static let addLetterDate = Message(
    english: "The letter's date.",
    indonesian: "Tanggal surat.")
  static let addLetterCohort = Message(
    english: "The cohort it selected for.",
    indonesian: "Angkatan yang ditetapkannya.")
  static let addLetterIssuer = Message(
    english: "Who signed it.",
    indonesian: "Penanda tangan surat.")
  static let addLetterSubject = Message(
    english: "Its subject (perihal).",
    indonesian: "Perihal surat.")
  static let addLetterRegencies = Message(
    english: "The regions it names: codes or names, separated by commas.",
    indonesian: "Daerah yang disebutnya: kode atau nama, dipisahkan koma.")
  static let describeLetter = Message(
    english: "letter {number} ({count} {count|region|regions})",
    indonesian: "surat {number} ({count} daerah)")
}
