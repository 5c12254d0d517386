/** What other modules embed from the knowledge base: the ticket form's suggestions and the reply box's article picker. */
export { KbArticlePicker, type PickedArticle } from './KbArticlePicker';
export { KbSuggestions, type KbSuggestionsProps } from './KbSuggestions';
