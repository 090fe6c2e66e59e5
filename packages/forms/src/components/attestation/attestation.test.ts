import { expect } from '@esm-bundle/chai';
import './define';
import { inner, runFormControlConformance } from '../../internal/test/form-control-conformance';
import type { HonAttestation } from './attestation';

runFormControlConformance({
  tag: 'hon-attestation',
  attributes: 'label="J’atteste que les renseignements sont exacts." policy-version="2026-03"',
  requiredKey: 'required_attestation',
  fill: async (el) => inner(el, 'input').click(),
  filledEntries: (entry) => expect(entry).to.equal('2026-03'),
});

describe('<hon-attestation>', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('is worth the policy version attested when checked, and nothing when not', async () => {
    document.body.innerHTML = '<div lang="en"><hon-attestation label="I attest." policy-version="v2" checked></hon-attestation></div>';
    const el = document.querySelector('hon-attestation') as HonAttestation;
    await el.updateComplete;
    expect(el.value).to.equal('v2');
    expect(inner(el, '#hint').textContent).to.contain('Policy version v2');
    el.checked = false;
    await el.updateComplete;
    expect(el.value).to.equal('');
  });
});
