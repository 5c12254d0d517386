/** What other modules embed from the knowledge base: the ticket form's suggestions. */
export { KbSuggestions, type KbSuggestionsProps } from './KbSuggestions';
