import { useGraphiQL } from '@graphiql/react';
import { useEffect } from 'react';

/**
 * Puts the open tab's variables into the variables editor when GraphiQL starts. Why: GraphiQL 5
 * starts its variables editor from `initialVariables` or its stored copy only, never from the
 * active tab, so the preloaded examples ran with no variables ("Variable $query ... was not
 * provided") until one switched tabs. Setting the editor's value is the way GraphiQL documents.
 */
export function ActiveTabVariables() {
  const editor = useGraphiQL((state) => state.variableEditor);
  const variables = useGraphiQL((state) => state.tabs[state.activeTabIndex]?.variables);
  useEffect(() => {
    if (editor && variables && editor.getValue().trim() === '') editor.setValue(variables);
  }, [editor]);
  return null;
}
