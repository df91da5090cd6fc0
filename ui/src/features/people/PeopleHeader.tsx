// The people view's title, what it is for, and the "Show archived" switch.
import { ShowArchived, ViewHeader } from '../../shared/ViewHeader';

type Props = { showArchived: boolean; onShowArchived: (show: boolean) => void };

export function PeopleHeader({ showArchived, onShowArchived }: Props) {
  return (
    <ViewHeader
      titleId="people-title"
      title="People"
      subtitle="Who uses this workspace and the role they usually play. What someone writes carries their name."
    >
      <ShowArchived checked={showArchived} onChange={onShowArchived} testId="people-show-archived" />
    </ViewHeader>
  );
}
