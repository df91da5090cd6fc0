// A person's role as a small labelled pill, one look wherever people are named.
import type { Role } from '../../bindings/Role';

export const ROLES: Role[] = ['facilitator', 'ambassador', 'participant'];

export const ROLE_SHORT: Record<Role, string> = {
  facilitator: 'Facilitator',
  ambassador: 'Ambassador',
  participant: 'Participant',
};

export function RoleBadge({ role }: { role: Role }) {
  return (
    <span className={`badge badge--role-${role}`} data-testid="role-badge">
      {ROLE_SHORT[role]}
    </span>
  );
}
