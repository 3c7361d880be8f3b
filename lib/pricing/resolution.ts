/** How a customer's sales scenario is found (seed 004). Pure: the data comes in, the answer and its reason go out. */
export type ScenarioSource = 'system_default' | 'own' | 'group' | 'size' | 'none';

export type ResolutionInput = {
  customer: { scenarioId: string | null; companySize: string | null; useType: string; group: { id: string; name: string; scenarioId: string } | null };
  sizeScenarios: Record<string, string | undefined>;
  useTypeDefaults: Record<string, string | undefined>;
};

export type Resolution = { scenarioId: string | null; source: ScenarioSource; groupName?: string; size?: string; useType?: string };

/**
 * The system default for the customer's use type, when set, overrides everything; otherwise the
 * customer's own scenario, then its group's, then its company size's; otherwise none.
 */
export function resolveScenario({ customer, sizeScenarios, useTypeDefaults }: ResolutionInput): Resolution {
  const systemDefault = useTypeDefaults[customer.useType];
  if (systemDefault) return { scenarioId: systemDefault, source: 'system_default', useType: customer.useType };
  if (customer.scenarioId) return { scenarioId: customer.scenarioId, source: 'own' };
  if (customer.group) return { scenarioId: customer.group.scenarioId, source: 'group', groupName: customer.group.name };
  const bySize = customer.companySize ? sizeScenarios[customer.companySize] : undefined;
  if (bySize) return { scenarioId: bySize, source: 'size', size: customer.companySize! };
  return { scenarioId: null, source: 'none' };
}
