extension RuleRegistry {
    /// The Swift rules of this category, one file each, named after the rule id.
    static let wordRules: [any Rule] = [
        WoordInvulveld(),
        WoordAfkorting(),
        WoordSamenstelling(),
        WoordZeldzaam(),
        WoordSpelling(),
    ]
}
