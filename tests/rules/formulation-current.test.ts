import { ruleTester } from './rule-tester';

ruleTester('formulation-current', {
  valid: [
    '在总结会上的讲话\n（2020年12月1日）\n今年是“十三五”收官之年。\n',
    // The congress with the plenums of its own Central Committee, or two congresses named together.
    '深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神。',
    '认真学习贯彻党的十八大和十八届三中、四中全会精神。',
    '学习贯彻党的十九大和二十大精神。',
  ],
  invalid: [
    // A template updated by half (dates3/04, slots5/48 with 十九大 put back to 十八大 by the injector): no date needed.
    { text: '深入贯彻落实党的十八大和十九届二中、三中全会精神。', errors: [{ text: '党的十八大和十九届', message: /十九大/ }] },{ text: '在总结会上的讲话\n（2022年12月1日）\n今年是“十三五”收官之年。\n', errors: [{ text: '今年是“十三五”收官之年', message: /2020/ }] }],
});
