<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="cottages" tilewidth="16" tileheight="16" tilecount="302" columns="16">
 <image source="../../assets/tiles/cottages.png" width="256" height="304"/>
 <tile id="0">
  <properties>
   <property name="name" value="grass_0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="grass_1"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="grass_2"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="grass_3"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="grass_daisies"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="grass_clover"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="gravel"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="mud"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="path_0"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="path_1"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="path_2"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="path_3"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="path_4"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="path_5"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="path_6"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="path_7"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="path_8"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="path_9"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="path_10"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="path_11"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="path_12"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="path_13"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="path_14"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="path_15"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="field_a"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="field_b"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="puddle_0"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="puddle_1"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="puddle_2"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="puddle_3"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="puddle_4"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="puddle_5"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="puddle_6"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="puddle_7"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="puddle_8"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="puddle_9"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="puddle_10"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="puddle_11"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="puddle_12"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="puddle_13"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="puddle_14"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="puddle_15"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="hedge_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="hedge_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="hedge_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="hedge_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="hedge_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="hedge_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="hedge_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="hedge_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="hedge_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="hedge_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="hedge_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="hedge_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="hedge_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="hedge_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="hedge_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="hedge_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="stonewall_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="stonewall_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="stonewall_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="stonewall_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="stonewall_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="stonewall_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="stonewall_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="stonewall_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="stonewall_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="stonewall_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="stonewall_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="stonewall_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="stonewall_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="stonewall_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="stonewall_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="stonewall_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="bare_tree/0,0"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="bare_tree/1,0"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="bare_tree/2,0"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="bare_tree/0,1"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="bare_tree/1,1"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="bare_tree/2,1"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="bare_tree/0,2"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="bare_tree/1,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="bare_tree/2,2"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="bare_small/0,0"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="bare_small/1,0"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="bare_small/0,1"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="bare_small/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="wall_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="wall_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="flint_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="flint_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="wall_quoin_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="wall_quoin_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="boards"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="roof_ridge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="roof_ridge_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="roof_ridge_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="roof"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="roof_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="roof_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="roof_eave"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="roof_eave_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="roof_eave_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="tin"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="tin_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="tin_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="tin_eave"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="tin_eave_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="tin_eave_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="floor_wood_0"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="floor_wood_1"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="floor_wood_2"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="flags"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="carpet"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="rug_0"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="rug_1"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="rug_2"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="rug_3"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="rug_4"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="rug_5"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="rug_6"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="rug_7"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="rug_8"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="rug_9"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="rug_10"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="rug_11"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="rug_12"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="rug_13"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="rug_14"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="rug_15"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="wallcap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="wallcap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="wallcap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="wallcap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="wallcap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="wallcap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="wallcap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="wallcap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="wallcap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="wallcap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="wallcap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="wallcap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="wallcap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="wallcap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="wallcap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="wallcap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="wall_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="wash_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="wash_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="barn_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="barn_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="barn_floor"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="hs_wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="hs_wall_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="hs_floor"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="fwindow/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="fwindow/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="fwindow_lit/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="pane,1,2"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="fwindow_lit/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="fdoor/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="fdoor/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="wall_lamp"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="lamp,1,1"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="barn_doors/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="barn_doors/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="barn_doors/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="name" value="barn_doors/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="name" value="shed_door/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="name" value="shed_door/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="name" value="chimney"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="name" value="van/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,2,12,14"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="name" value="van/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,2,16,14"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="name" value="van/2,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,2,15,14"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="name" value="van/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,7,12,7"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="name" value="van/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,2,16,6"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="name" value="van/2,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,7,15,7"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="name" value="car/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,4,13,12"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="name" value="car/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,4,16,12"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="name" value="car/2,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,4,15,12"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="name" value="car/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,5,13,6"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="name" value="car/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,0,16,5"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="name" value="car/2,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,5,15,6"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="name" value="bins"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,9,14,6"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="name" value="bins_open"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,14,7"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="name" value="water_butt"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,12,7"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="name" value="logs/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,9,15,6"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="name" value="logs/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,15,6"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="name" value="gate/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,9,15,7"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="name" value="gate/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,13,7"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="name" value="trough/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,7,15,6"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="name" value="trough/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,7,14,6"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="name" value="tyre"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,6,13,6"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="name" value="wheelbarrow"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,7,12,6"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="name" value="hs_window/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="window,1,2"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="name" value="hs_window/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="name" value="hs_door/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="name" value="hs_door/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="name" value="scanner_in"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="name" value="leaving_list/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="199">
  <properties>
   <property name="name" value="leaving_list/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="name" value="hs_bed/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,14,15"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="name" value="hs_bed/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,3,14,6"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="name" value="hs_bed_bare/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,14,15"/>
  </properties>
 </tile>
 <tile id="203">
  <properties>
   <property name="name" value="hs_bed_bare/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,3,14,6"/>
  </properties>
 </tile>
 <tile id="204">
  <properties>
   <property name="name" value="case_bed/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,14,15"/>
  </properties>
 </tile>
 <tile id="205">
  <properties>
   <property name="name" value="case_bed/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,3,14,6"/>
  </properties>
 </tile>
 <tile id="206">
  <properties>
   <property name="name" value="tv"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
   <property name="glow" value="screen,1,1"/>
  </properties>
 </tile>
 <tile id="207">
  <properties>
   <property name="name" value="tv_off"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="208">
  <properties>
   <property name="name" value="fireplace/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="fire,2,2"/>
  </properties>
 </tile>
 <tile id="209">
  <properties>
   <property name="name" value="fireplace/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="210">
  <properties>
   <property name="name" value="fireplace/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="211">
  <properties>
   <property name="name" value="fireplace/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="name" value="hearth/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,7,15,6"/>
  </properties>
 </tile>
 <tile id="213">
  <properties>
   <property name="name" value="hearth/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,7,15,6"/>
  </properties>
 </tile>
 <tile id="214">
  <properties>
   <property name="name" value="sofa_up/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,15,6"/>
  </properties>
 </tile>
 <tile id="215">
  <properties>
   <property name="name" value="sofa_up/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,7,16,6"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="name" value="sofa_up/2,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,16,6"/>
  </properties>
 </tile>
 <tile id="217">
  <properties>
   <property name="name" value="armchair_up"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,7,14,6"/>
  </properties>
 </tile>
 <tile id="218">
  <properties>
   <property name="name" value="coffee_table/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,15,6"/>
  </properties>
 </tile>
 <tile id="219">
  <properties>
   <property name="name" value="coffee_table/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,16,6"/>
  </properties>
 </tile>
 <tile id="220">
  <properties>
   <property name="name" value="lamp_std/0,0"/>
   <property name="glow" value="lamp,1,2"/>
  </properties>
 </tile>
 <tile id="221">
  <properties>
   <property name="name" value="lamp_std/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,7,7,7"/>
  </properties>
 </tile>
 <tile id="222">
  <properties>
   <property name="name" value="bookcase/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="223">
  <properties>
   <property name="name" value="bookcase/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="224">
  <properties>
   <property name="name" value="pegs/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="225">
  <properties>
   <property name="name" value="pegs/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="226">
  <properties>
   <property name="name" value="picture_sea"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="name" value="iwindow/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="window,1,2"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="name" value="iwindow/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="229">
  <properties>
   <property name="name" value="range/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="230">
  <properties>
   <property name="name" value="range/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="231">
  <properties>
   <property name="name" value="range/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="232">
  <properties>
   <property name="name" value="range/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="233">
  <properties>
   <property name="name" value="sink_window/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="window,1,2"/>
  </properties>
 </tile>
 <tile id="234">
  <properties>
   <property name="name" value="sink_window/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="235">
  <properties>
   <property name="name" value="dresser/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="236">
  <properties>
   <property name="name" value="dresser/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="237">
  <properties>
   <property name="name" value="dresser/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="238">
  <properties>
   <property name="name" value="dresser/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="239">
  <properties>
   <property name="name" value="ktable/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,3,15,13"/>
  </properties>
 </tile>
 <tile id="240">
  <properties>
   <property name="name" value="ktable/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,3,16,13"/>
  </properties>
 </tile>
 <tile id="241">
  <properties>
   <property name="name" value="ktable/2,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,3,15,13"/>
  </properties>
 </tile>
 <tile id="242">
  <properties>
   <property name="name" value="ktable/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,5,15,6"/>
  </properties>
 </tile>
 <tile id="243">
  <properties>
   <property name="name" value="ktable/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,3,16,6"/>
  </properties>
 </tile>
 <tile id="244">
  <properties>
   <property name="name" value="ktable/2,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,5,15,6"/>
  </properties>
 </tile>
 <tile id="245">
  <properties>
   <property name="name" value="kchair_down"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,7,10,6"/>
  </properties>
 </tile>
 <tile id="246">
  <properties>
   <property name="name" value="kchair_up"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,8,10,6"/>
  </properties>
 </tile>
 <tile id="247">
  <properties>
   <property name="name" value="back_door/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="248">
  <properties>
   <property name="name" value="back_door/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="249">
  <properties>
   <property name="name" value="rota"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="250">
  <properties>
   <property name="name" value="boots"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,7,11,6"/>
  </properties>
 </tile>
 <tile id="251">
  <properties>
   <property name="name" value="sack"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,7,10,6"/>
  </properties>
 </tile>
 <tile id="252">
  <properties>
   <property name="name" value="bed_iron/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,14,15"/>
  </properties>
 </tile>
 <tile id="253">
  <properties>
   <property name="name" value="bed_iron/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,6,14,6"/>
  </properties>
 </tile>
 <tile id="254">
  <properties>
   <property name="name" value="bed_iron_teal/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,14,15"/>
  </properties>
 </tile>
 <tile id="255">
  <properties>
   <property name="name" value="bed_iron_teal/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,6,14,6"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="name" value="bed_iron_ochre/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,14,15"/>
  </properties>
 </tile>
 <tile id="257">
  <properties>
   <property name="name" value="bed_iron_ochre/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,6,14,6"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="name" value="bed_iron_sage/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,14,15"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="name" value="bed_iron_sage/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,6,14,6"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="name" value="drawers"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,9,12,7"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="name" value="drawers_tape"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,9,12,7"/>
  </properties>
 </tile>
 <tile id="262">
  <properties>
   <property name="name" value="wardrobe/0,0"/>
  </properties>
 </tile>
 <tile id="263">
  <properties>
   <property name="name" value="wardrobe/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,6,14,6"/>
  </properties>
 </tile>
 <tile id="264">
  <properties>
   <property name="name" value="mirror"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="265">
  <properties>
   <property name="name" value="idoor/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="266">
  <properties>
   <property name="name" value="idoor/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="267">
  <properties>
   <property name="name" value="idoor_ajar/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="268">
  <properties>
   <property name="name" value="idoor_ajar/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="269">
  <properties>
   <property name="name" value="lightline"/>
  </properties>
 </tile>
 <tile id="270">
  <properties>
   <property name="name" value="banister"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,15,6"/>
  </properties>
 </tile>
 <tile id="271">
  <properties>
   <property name="name" value="banister_end"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,15,6"/>
  </properties>
 </tile>
 <tile id="272">
  <properties>
   <property name="name" value="hay/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,15,6"/>
  </properties>
 </tile>
 <tile id="273">
  <properties>
   <property name="name" value="hay/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,15,6"/>
  </properties>
 </tile>
 <tile id="274">
  <properties>
   <property name="name" value="hay_stack/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,15,15"/>
  </properties>
 </tile>
 <tile id="275">
  <properties>
   <property name="name" value="hay_stack/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,1,16,15"/>
  </properties>
 </tile>
 <tile id="276">
  <properties>
   <property name="name" value="hay_stack/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,4,15,6"/>
  </properties>
 </tile>
 <tile id="277">
  <properties>
   <property name="name" value="hay_stack/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,4,15,6"/>
  </properties>
 </tile>
 <tile id="278">
  <properties>
   <property name="name" value="post/0,0"/>
  </properties>
 </tile>
 <tile id="279">
  <properties>
   <property name="name" value="post/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,7,9,7"/>
  </properties>
 </tile>
 <tile id="280">
  <properties>
   <property name="name" value="crate"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,12,6"/>
  </properties>
 </tile>
 <tile id="281">
  <properties>
   <property name="name" value="crates/0,0"/>
  </properties>
 </tile>
 <tile id="282">
  <properties>
   <property name="name" value="crates/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,3,12,6"/>
  </properties>
 </tile>
 <tile id="283">
  <properties>
   <property name="name" value="old_sofa/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,15,7"/>
  </properties>
 </tile>
 <tile id="284">
  <properties>
   <property name="name" value="old_sofa/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,15,7"/>
  </properties>
 </tile>
 <tile id="285">
  <properties>
   <property name="name" value="mags"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,7,11,6"/>
  </properties>
 </tile>
 <tile id="286">
  <properties>
   <property name="name" value="mags_open"/>
  </properties>
 </tile>
 <tile id="287">
  <properties>
   <property name="name" value="workbench/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,15,6"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="name" value="workbench/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,15,6"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="name" value="drawing_crate"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,12,7"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="name" value="tarp/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,14,6"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="name" value="tarp/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,15,6"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="name" value="ladder/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="293">
  <properties>
   <property name="name" value="ladder/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="294">
  <properties>
   <property name="name" value="barn_window/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="window,1,2"/>
  </properties>
 </tile>
 <tile id="295">
  <properties>
   <property name="name" value="barn_window/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="296">
  <properties>
   <property name="name" value="stairs_f/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="297">
  <properties>
   <property name="name" value="stairs_f/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="298">
  <properties>
   <property name="name" value="stairs_f/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="299">
  <properties>
   <property name="name" value="stairs_f/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="300">
  <properties>
   <property name="name" value="stairs_f/0,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="301">
  <properties>
   <property name="name" value="stairs_f/1,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
