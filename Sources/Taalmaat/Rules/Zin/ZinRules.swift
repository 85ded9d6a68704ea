extension RuleRegistry {
    /// The Swift rules of this category, one file each, named after the rule id.
    static let sentenceRules: [any Rule] = [
        ZinLang(),
        ZinLijdend(),
        ZinNaamwoordstijl(),
        ZinTang(),
        ZinOntkenning(),
        ZinVoorwaarde(),
        ZinVerzoeken(),
    ]
}
