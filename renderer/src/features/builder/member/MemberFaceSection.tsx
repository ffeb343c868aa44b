import { FieldShell } from '../../../components/FieldShell';
import { RadioCards } from '../../../components/RadioCards';
import { ColorPicker } from '../fields/ColorPicker';
import { ImageField } from '../fields/ImageField';
import { IntField } from '../fields/IntField';
import { TextField } from '../fields/TextField';
import { memberText } from './member-text';
import { m, useMemberCard } from './use-member-card';
import { useState } from 'react';

type FaceMode = 'color' | 'picture';

/**
 * 卡面: logo, brand and name, the face (an official colour or an uploaded picture, which main
 * uploads through uploadimg when the card is created, §1.3 background_pic_url), privileges, discount.
 */
export function MemberFaceSection() {
  const { card, replace } = useMemberCard();
  const hasPicture = card.background_pic_url !== undefined;
  // Chosen "picture" stays chosen while the slot is still empty.
  const [picked, setPicked] = useState<FaceMode>(hasPicture ? 'picture' : 'color');
  const mode: FaceMode = hasPicture ? 'picture' : picked;
  const choose = (next: FaceMode) => {
    setPicked(next);
    if (next === 'color' && hasPicture) {
      const { background_pic_url: _dropped, ...rest } = card;
      replace(rest);
    }
  };
  return (
    <>
      <ImageField path={m('base_info.logo_url')} role="logo" />
      <div className="grid-2">
        <TextField path={m('base_info.brand_name')} />
        <TextField path={m('base_info.title')} />
      </div>
      <FieldShell id="member-face-mode" label={memberText.faceMode} help={memberText.faceModeHelp}>
        <RadioCards<FaceMode>
          id="member-face-mode"
          variant="segmented"
          value={mode}
          onChange={choose}
          labelledBy="member-face-mode-label"
          options={[
            { value: 'color', label: memberText.faceColor, description: memberText.faceColorDesc },
            { value: 'picture', label: memberText.facePicture, description: memberText.facePictureDesc },
          ]}
        />
      </FieldShell>
      {mode === 'picture' && <ImageField path={m('background_pic_url')} role="face" />}
      <ColorPicker path={m('base_info.color')} />
      <TextField path={m('prerogative')} multiline rows={4} />
      <IntField path={m('discount')} />
    </>
  );
}
